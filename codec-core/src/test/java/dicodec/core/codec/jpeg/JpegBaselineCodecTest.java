package dicodec.core.codec.jpeg;

import dicodec.core.codec.CodecContractTest;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Codec;
import dicodec.core.spi.EncodeOptions;
import java.util.List;

/**
 * The codec contract for .50, coding colour YBR_FULL (4:4:4) at quality 100 so that the round
 * trip has a small bound: what remains is the rounding of the DCT, the quantiser (all ones)
 * and the colour conversion. (4:2:2 is tested against the references elsewhere.)
 */
class JpegBaselineCodecTest extends CodecContractTest {
    private static final Codec CODEC = new JpegBaselineCodec(new JpegLossyOptions(JpegColour.YBR_FULL, 3));

    @Override
    protected Codec codec() {
        return CODEC;
    }

    @Override
    protected EncodeOptions encodeOptions() {
        return new EncodeOptions(100, 0, 0);
    }

    @Override
    protected int maxError(PixelDescription pd) {
        return pd.samplesPerPixel() == 1 ? 2 : 4;
    }

    @Override
    protected List<Refusal> profileRefusals() {
        return List.of(
                new Refusal("16-bit samples", shape(4, 4, 1, 16, 12, 0, "MONOCHROME2", 0), Tag.BITS_ALLOCATED),
                new Refusal("7 bits stored", shape(4, 4, 1, 8, 7, 0, "MONOCHROME2", 0), Tag.BITS_STORED),
                new Refusal("signed", shape(4, 4, 1, 8, 8, 1, "MONOCHROME2", 0), Tag.PIXEL_REPRESENTATION),
                new Refusal("palette indices never go lossy", shape(4, 4, 1, 8, 8, 0, "PALETTE COLOR", 0),
                        Tag.PHOTOMETRIC_INTERPRETATION),
                new Refusal("4 samples (CMYK)", shape(4, 4, 4, 8, 8, 0, "CMYK", 0), Tag.SAMPLES_PER_PIXEL));
    }

    @Override
    protected List<CorruptStream> corruptStreams() {
        return JpegContractStreams.common(shape(4, 4, 1, 8, 8, 0, "MONOCHROME2", 0), 0xC0);
    }
}
