package dicodec.core.codec.jpeg;

import dicodec.core.codec.CodecContractTest;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Codec;
import java.util.ArrayList;
import java.util.List;

/** The codec contract for .55 (decode only): refusals and broken progressive streams. */
class JpegProgressiveCodecTest extends CodecContractTest {
    private static final Codec CODEC = new JpegProgressiveCodec();

    @Override
    protected Codec codec() {
        return CODEC;
    }

    @Override
    protected List<Refusal> profileRefusals() {
        return JpegExtendedCodecTest.extendedRefusals();
    }

    @Override
    protected List<CorruptStream> corruptStreams() {
        PixelDescription pd = shape(4, 4, 1, 8, 8, 0, "MONOCHROME2", 0);
        List<CorruptStream> out = new ArrayList<>(JpegContractStreams.common(pd, 0xC2));
        out.add(new CorruptStream("AC scan of two components", shape(4, 4, 3, 8, 8, 0, "RGB", 0),
                new StreamBuilder().soi().sof(0xC2, 8, 4, 4, 1, 1, 1, 0, 2, 1, 1, 0, 3, 1, 1, 0)
                        .sos(1, 5, 0, 0, 1, 0, 0, 2, 0, 0).bytes(0x00).eoi().build()));
        out.add(new CorruptStream("refinement lowering Al by two", pd, new StreamBuilder().soi()
                .sof(0xC2, 8, 4, 4, 1, 1, 1, 0).sos(1, 5, 3, 1, 1, 0, 0).bytes(0x00).eoi().build()));
        return out;
    }
}
