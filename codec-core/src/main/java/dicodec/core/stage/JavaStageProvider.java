package dicodec.core.stage;

import dicodec.core.codec.jpeg.dct.DctStages;
import dicodec.core.codec.jpeg.lossless.JavaPredictor;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.codec.rle.JavaRleSegmenter;
import dicodec.core.codec.rle.RleSegmenter;
import dicodec.core.spi.Availability;
import dicodec.core.video.JavaVideoColourConverter;
import dicodec.core.video.VideoColourConverter;

/** The pure-Java stages: the reference, the CPU path, always available. */
public final class JavaStageProvider implements StageProvider {
    public static final JavaStageProvider INSTANCE = new JavaStageProvider();

    private static final SampleLayout LAYOUT = new JavaSampleLayout();
    private static final GreyWindow WINDOW = new JavaGreyWindow();
    private static final SampleComparison COMPARISON = new JavaSampleComparison();
    private static final Predictor PREDICTOR = new JavaPredictor();
    private static final RleSegmenter SEGMENTER = new JavaRleSegmenter();
    private static final ComponentTransform MCT = new JavaComponentTransform();
    private static final VideoColourConverter VIDEO = new JavaVideoColourConverter();

    @Override
    public String name() {
        return "java";
    }

    @Override
    public Availability availability() {
        return new Availability(true, "pure Java, always available");
    }

    @Override
    public int rank() {
        return 0;
    }

    @Override
    public SampleLayout layout() {
        return LAYOUT;
    }

    @Override
    public GreyWindow greyWindow() {
        return WINDOW;
    }

    @Override
    public SampleComparison comparison() {
        return COMPARISON;
    }

    @Override
    public DctStages dctStages() {
        return DctStages.java();
    }

    @Override
    public Predictor predictor() {
        return PREDICTOR;
    }

    @Override
    public RleSegmenter rleSegmenter() {
        return SEGMENTER;
    }

    @Override
    public ComponentTransform componentTransform() {
        return MCT;
    }

    @Override
    public VideoColourConverter videoColour() {
        return VIDEO;
    }
}
