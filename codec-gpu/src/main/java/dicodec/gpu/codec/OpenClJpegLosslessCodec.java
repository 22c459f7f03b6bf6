package dicodec.gpu.codec;

import dicodec.core.codec.jpeg.JpegLosslessCodec;
import dicodec.core.codec.jpeg.JpegLosslessOptions;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.stage.OpenClStageProvider;

/** .57 JPEG Lossless on the OpenCL stages (see {@link OpenClCodec}). */
public final class OpenClJpegLosslessCodec extends OpenClCodec {
    public OpenClJpegLosslessCodec() {
        this(OpenClRuntime.get());
    }

    public OpenClJpegLosslessCodec(OpenClRuntime runtime) {
        super(new JpegLosslessCodec(JpegLosslessOptions.DEFAULT, stages(runtime)), runtime);
    }

    private static OpenClStageProvider stages(OpenClRuntime runtime) {
        return new OpenClStageProvider(runtime);
    }
}
