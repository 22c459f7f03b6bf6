package dicodec.core.stage;

import dicodec.core.codec.jpeg.dct.DctStages;
import dicodec.core.codec.jpeg.lossless.Predictor;
import dicodec.core.codec.rle.RleSegmenter;
import dicodec.core.spi.Availability;
import dicodec.core.video.VideoColourConverter;

/**
 * One backend's set of data-parallel stages. {@link JavaStageProvider} is the reference and
 * always there; codec-gpu adds an OpenCL one (found with {@link java.util.ServiceLoader}) that
 * is available only when a device is, and whose every stage gives the reference's bytes.
 * {@link Stages#current()} picks the best available.
 */
public interface StageProvider {
    /** For logs and capabilities: "java", or the device. */
    String name();

    /** Never throws: when a provider cannot run, the reason. */
    Availability availability();

    /** Higher is preferred among the available ones. */
    int rank();

    SampleLayout layout();

    GreyWindow greyWindow();

    SampleComparison comparison();

    DctStages dctStages();

    Predictor predictor();

    RleSegmenter rleSegmenter();

    /** JPEG 2000's RCT and ICT. */
    ComponentTransform componentTransform();

    /** Video's RGB to and from YBR_PARTIAL 4:2:0. */
    VideoColourConverter videoColour();
}
