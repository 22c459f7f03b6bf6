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

    private static OpenClStageProvider stages(OpenClRuntime runtime) {
        return new OpenClStageProvider(runtime);
    }
}
