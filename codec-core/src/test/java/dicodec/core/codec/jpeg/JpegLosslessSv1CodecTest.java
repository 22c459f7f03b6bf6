package dicodec.core.codec.jpeg;

import dicodec.core.codec.CodecContractTest;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Codec;
import java.util.ArrayList;
import java.util.List;

/** The codec contract for .70 (SV1), with a restart marker every 2 rows. */
class JpegLosslessSv1CodecTest extends CodecContractTest {
    private static final Codec CODEC = new JpegLosslessSv1Codec(2);

    @Override
    protected Codec codec() {
        return CODEC;
    }

    @Override
    protected List<Refusal> profileRefusals() {
        return losslessRefusals();
    }

    static List<Refusal> losslessRefusals() {
        return List.of(
                new Refusal("32-bit samples", shape(4, 4, 1, 32, 32, 0, "MONOCHROME2", 0), Tag.BITS_ALLOCATED),
                new Refusal("1 bit stored", shape(4, 4, 1, 8, 1, 0, "MONOCHROME2", 0), Tag.BITS_STORED),
                new Refusal("4 samples (ARGB)", shape(4, 4, 4, 8, 8, 0, "ARGB", 0), Tag.SAMPLES_PER_PIXEL),
                new Refusal("YBR_RCT belongs to JPEG 2000", shape(4, 4, 3, 8, 8, 0, "YBR_RCT", 0),
                        Tag.PHOTOMETRIC_INTERPRETATION),
                new Refusal("64-bit Double Float Pixel Data", new PixelDescription(4, 4, 1, 64, 0, -1, -1,
                        "MONOCHROME2", 0, 1, Tag.DOUBLE_FLOAT_PIXEL_DATA, List.of()), Tag.BITS_ALLOCATED));
    }

    @Override
    protected List<CorruptStream> corruptStreams() {
        PixelDescription pd = shape(4, 4, 1, 8, 8, 0, "MONOCHROME2", 0);
        List<CorruptStream> out = new ArrayList<>(JpegContractStreams.common(pd, 0xC3));
        out.add(new CorruptStream("predictor 0", pd, new StreamBuilder().soi().sof(0xC3, 8, 4, 4, 1, 1, 1, 0)
                .sos(0, 0, 0, 0, 1, 0, 0).bytes(0x00).eoi().build()));
        out.add(new CorruptStream("point transform not below the precision", pd, new StreamBuilder().soi()
                .sof(0xC3, 8, 4, 4, 1, 1, 1, 0).sos(1, 0, 0, 9, 1, 0, 0).bytes(0x00).eoi().build()));
        return out;
    }
}
