package dicodec.gpu.codec;

import dicodec.core.codec.rle.JavaPackBits;
import dicodec.core.codec.rle.RleLosslessCodec;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.stage.OpenClStageProvider;

/** RLE Lossless on the OpenCL stages (see {@link OpenClCodec}). */
public final class OpenClRleLosslessCodec extends OpenClCodec {
    public OpenClRleLosslessCodec() {
        this(OpenClRuntime.get());
    }

    public OpenClRleLosslessCodec(OpenClRuntime runtime) {
        super(new RleLosslessCodec(stages(runtime).rleSegmenter(), new JavaPackBits()), runtime);
    }

    private static OpenClStageProvider stages(OpenClRuntime runtime) {
        return new OpenClStageProvider(runtime);
    }
}
