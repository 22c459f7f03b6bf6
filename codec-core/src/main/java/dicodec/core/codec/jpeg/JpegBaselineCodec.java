package dicodec.core.codec.jpeg;

import dicodec.core.syntax.TransferSyntaxes;

/** .50 JPEG Baseline (Process 1), in Java. */
public final class JpegBaselineCodec extends JavaJpegCodec {
    public JpegBaselineCodec() {
        super(TransferSyntaxes.JPEG_BASELINE, JpegProfiles.BASELINE, null);
    }
}
