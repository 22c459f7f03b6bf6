package dicodec.gpu.stage;

import dicodec.core.codec.jpeg.dct.DctStages;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.codec.rle.RleSegmenter;
import dicodec.core.spi.Availability;
import dicodec.core.stage.ComponentTransform;
import dicodec.core.stage.GreyWindow;
import dicodec.core.stage.SampleComparison;
import dicodec.core.stage.SampleLayout;
import dicodec.core.stage.StageProvider;
import dicodec.core.video.VideoColourConverter;
import dicodec.gpu.device.OpenClRuntime;

/**
 * The OpenCL stages, each the twin of a Java stage in the same shape (OpenClInverseDct /
 * JavaIslowIdct, ...). Available when {@link OpenClRuntime} has a device; each stage still
 * runs its twin for work below the cost model's bound or when the device fails. Entropy coding
 * stays in Java (sequential by nature).
 */
public final class OpenClStageProvider implements StageProvider {
    private final OpenClRuntime runtime;
    private final SampleLayout layout;
    private final GreyWindow window;
    private final SampleComparison comparison;
    private final DctStages dct;
    private final Predictor predictor;
    private final RleSegmenter segmenter;
    private final ComponentTransform mct;
    private final VideoColourConverter video;

    /** On the process's runtime: what ServiceLoader builds. */
    public OpenClStageProvider() {
        this(OpenClRuntime.get());
    }

    public OpenClStageProvider(OpenClRuntime runtime) {
        this.runtime = runtime;
        this.layout = new OpenClSampleLayout(runtime);
        this.window = new OpenClGreyWindow(runtime);
        this.comparison = new OpenClSampleComparison(runtime);
        DctStages java = DctStages.java();
        this.dct = new DctStages(java.entropyDecoder(), new OpenClInverseDct(runtime), new OpenClUpsampler(runtime),
                new OpenClColourConverter(runtime), new OpenClForwardDct(runtime), new OpenClQuantiser(runtime),
                new OpenClDownsampler(runtime), java.entropyEncoder());
        this.predictor = new OpenClPredictor(runtime);
        this.segmenter = new OpenClRleSegmenter(runtime);
        this.mct = new OpenClComponentTransform(runtime);
        this.video = new OpenClVideoColour(runtime);
    }

    public OpenClRuntime runtime() {
        return runtime;
    }

    @Override
    public String name() {
        return runtime.device() != null ? "opencl on " + runtime.device().info() : "opencl (no device)";
    }

    @Override
    public Availability availability() {
        return runtime.availability();
    }

    @Override
    public int rank() {
        return 10;
    }

    @Override
    public SampleLayout layout() {
        return layout;
    }

    @Override
    public GreyWindow greyWindow() {
        return window;
    }

    @Override
    public SampleComparison comparison() {
        return comparison;
    }

    @Override
    public DctStages dctStages() {
        return dct;
    }

    @Override
    public Predictor predictor() {
        return predictor;
    }

    @Override
    public RleSegmenter rleSegmenter() {
        return segmenter;
    }

    @Override
    public ComponentTransform componentTransform() {
        return mct;
    }

    @Override
    public VideoColourConverter videoColour() {
        return video;
    }
}
