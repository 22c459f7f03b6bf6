package dicodec.core.codec.jpeg;

import dicodec.core.stage.StageProvider;
import dicodec.core.syntax.TransferSyntaxes;

/** .50 JPEG Baseline (Process 1), in Java. */
public final class JpegBaselineCodec extends JavaJpegCodec {
    public JpegBaselineCodec() {
        this(JpegLossyOptions.DEFAULT);
    }

    /** An encoder with other options (colour coding, restart interval). */
    public JpegBaselineCodec(JpegLossyOptions options) {
        super(TransferSyntaxes.JPEG_BASELINE, JpegProfiles.BASELINE, new JpegDctEncoder(true, options));
    }

    /** The Java codec running {@code stages} (a device's, for the OpenCL backend). */
    public JpegBaselineCodec(JpegLossyOptions options, StageProvider stages) {
        super(TransferSyntaxes.JPEG_BASELINE, JpegProfiles.BASELINE, new JpegDctEncoder(true, options,
                stages.dctStages()), decoder(stages));
    }
}
