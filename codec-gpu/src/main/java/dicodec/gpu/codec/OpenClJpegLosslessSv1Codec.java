package dicodec.gpu.codec;

import dicodec.core.codec.jpeg.JpegLosslessSv1Codec;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.stage.OpenClStageProvider;

/** .70 JPEG Lossless SV1 on the OpenCL stages (see {@link OpenClCodec}). */
public final class OpenClJpegLosslessSv1Codec extends OpenClCodec {
    public OpenClJpegLosslessSv1Codec() {
        this(OpenClRuntime.get());
    }

    public OpenClJpegLosslessSv1Codec(OpenClRuntime runtime) {
        super(new JpegLosslessSv1Codec(0, stages(runtime)), runtime);
    }

    private static OpenClStageProvider stages(OpenClRuntime runtime) {
        return new OpenClStageProvider(runtime);
    }
}
