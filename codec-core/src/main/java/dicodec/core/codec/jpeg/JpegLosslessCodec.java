package dicodec.core.codec.jpeg;

import dicodec.core.stage.StageProvider;
import dicodec.core.syntax.TransferSyntaxes;

/** .57 JPEG Lossless (Process 14, any predictor), in Java; encodes with the predictor asked (default 1). */
public final class JpegLosslessCodec extends JavaJpegCodec {
    public JpegLosslessCodec() {
        this(JpegLosslessOptions.DEFAULT);
    }

    /** An encoder with other options (predictor, restart interval): for callers that choose them. */
    public JpegLosslessCodec(JpegLosslessOptions options) {
        super(TransferSyntaxes.JPEG_LOSSLESS, JpegProfiles.LOSSLESS, new JpegLosslessEncoder(options));
    }

    /** The Java codec running {@code stages} (a device's, for the OpenCL backend). */
    public JpegLosslessCodec(JpegLosslessOptions options, StageProvider stages) {
        super(TransferSyntaxes.JPEG_LOSSLESS, JpegProfiles.LOSSLESS, new JpegLosslessEncoder(options,
                stages.predictor()), decoder(stages));
    }
}
