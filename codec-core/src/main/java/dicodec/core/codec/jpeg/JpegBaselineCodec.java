package dicodec.core.codec.jpeg;

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
}
