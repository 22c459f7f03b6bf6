package dicodec.gpu.codec;

import dicodec.core.codec.jpeg.JpegExtendedCodec;
import dicodec.core.codec.jpeg.JpegLossyOptions;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.stage.OpenClStageProvider;

/** .51 JPEG Extended on the OpenCL stages (see {@link OpenClCodec}). */
public final class OpenClJpegExtendedCodec extends OpenClCodec {
    public OpenClJpegExtendedCodec() {
        this(OpenClRuntime.get());
    }

    public OpenClJpegExtendedCodec(OpenClRuntime runtime) {
        super(new JpegExtendedCodec(JpegLossyOptions.DEFAULT, stages(runtime)), runtime);
    }

    private static OpenClStageProvider stages(OpenClRuntime runtime) {
        return new OpenClStageProvider(runtime);
    }
}
