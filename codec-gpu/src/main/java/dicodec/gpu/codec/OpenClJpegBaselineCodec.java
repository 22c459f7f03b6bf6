package dicodec.gpu.codec;

import dicodec.core.codec.jpeg.JpegBaselineCodec;
import dicodec.core.codec.jpeg.JpegLossyOptions;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.stage.OpenClStageProvider;

/** .50 JPEG Baseline on the OpenCL stages (see {@link OpenClCodec}). */
public final class OpenClJpegBaselineCodec extends OpenClCodec {
    public OpenClJpegBaselineCodec() {
        this(OpenClRuntime.get());
    }

    public OpenClJpegBaselineCodec(OpenClRuntime runtime) {
        super(new JpegBaselineCodec(JpegLossyOptions.DEFAULT, stages(runtime)), runtime);
    }

    /**
     * Below libjpeg-turbo, above the Java codec: for 8-bit baseline turbo's SIMD DCT and C Huffman
     * coder beat our OpenCL DCT with the Java entropy coder, and issue 5 asks the registry to
     * prefer turbo for .50 when it loads. Where turbo is missing, this codec still goes first.
     */
    @Override
    public int preference() {
        return dicodec.core.spi.Backend.NATIVE.rank() - 1;
    }

    private static OpenClStageProvider stages(OpenClRuntime runtime) {
        return new OpenClStageProvider(runtime);
    }
}
