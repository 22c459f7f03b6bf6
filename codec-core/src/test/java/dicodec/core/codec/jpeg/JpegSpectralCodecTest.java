package dicodec.core.codec.jpeg;

import dicodec.core.codec.CodecContractTest;
import dicodec.core.spi.Codec;
import java.util.List;

/** The codec contract for .53 (decode only). */
class JpegSpectralCodecTest extends CodecContractTest {
    private static final Codec CODEC = new JpegSpectralCodec();

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
        return JpegContractStreams.common(shape(4, 4, 1, 8, 8, 0, "MONOCHROME2", 0), 0xC2);
    }
}
