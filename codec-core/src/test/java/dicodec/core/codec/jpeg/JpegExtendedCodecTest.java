package dicodec.core.codec.jpeg;

import dicodec.core.codec.CodecContractTest;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Codec;
import dicodec.core.spi.EncodeOptions;
import java.util.List;

/** The codec contract for .51 (8 and 12 bits), coding colour YBR_FULL at quality 100. */
class JpegExtendedCodecTest extends CodecContractTest {
    private static final Codec CODEC = new JpegExtendedCodec(new JpegLossyOptions(JpegColour.YBR_FULL, 0));

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
        int scale = pd.bitsStored() > 8 ? 16 : 1;
        return (pd.samplesPerPixel() == 1 ? 2 : 4) * scale;
    }

    @Override
    protected List<Refusal> profileRefusals() {
        return extendedRefusals();
    }

    static List<Refusal> extendedRefusals() {
        return List.of(
                new Refusal("13 bits stored", shape(4, 4, 1, 16, 13, 0, "MONOCHROME2", 0), Tag.BITS_STORED),
                new Refusal("32-bit samples", shape(4, 4, 1, 32, 12, 0, "MONOCHROME2", 0), Tag.BITS_ALLOCATED),
                new Refusal("signed", shape(4, 4, 1, 16, 12, 1, "MONOCHROME2", 0), Tag.PIXEL_REPRESENTATION),
                new Refusal("palette indices never go lossy", shape(4, 4, 1, 8, 8, 0, "PALETTE COLOR", 0),
                        Tag.PHOTOMETRIC_INTERPRETATION));
    }

    @Override
    protected List<CorruptStream> corruptStreams() {
        return JpegContractStreams.common(shape(4, 4, 1, 16, 12, 0, "MONOCHROME2", 0), 0xC1);
    }
}
