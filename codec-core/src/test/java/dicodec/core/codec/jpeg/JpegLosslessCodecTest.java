package dicodec.core.codec.jpeg;

import dicodec.core.codec.CodecContractTest;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Codec;
import java.util.List;

/** The codec contract for .57, coding with predictor 7 and no restarts. */
class JpegLosslessCodecTest extends CodecContractTest {
    private static final Codec CODEC = new JpegLosslessCodec(new JpegLosslessOptions(7, 0));

    @Override
    protected Codec codec() {
        return CODEC;
    }

    @Override
    protected List<Refusal> profileRefusals() {
        return JpegLosslessSv1CodecTest.losslessRefusals();
    }

    @Override
    protected List<CorruptStream> corruptStreams() {
        PixelDescription pd = shape(4, 4, 1, 16, 16, 1, "MONOCHROME2", 0);
        return JpegContractStreams.common(pd, 0xC3);
    }
}
