package dicodec.core.codec.jpeg;

import dicodec.core.stage.StageProvider;
import dicodec.core.syntax.TransferSyntaxes;

/** .70 JPEG Lossless (Process 14, selection value 1), in Java. */
public final class JpegLosslessSv1Codec extends JavaJpegCodec {
    public JpegLosslessSv1Codec() {
        this(0);
    }

    /** An encoder writing a restart marker every {@code restartRows} rows (0: none). */
    public JpegLosslessSv1Codec(int restartRows) {
        super(TransferSyntaxes.JPEG_LOSSLESS_SV1, JpegProfiles.LOSSLESS,
                new JpegLosslessEncoder(new JpegLosslessOptions(1, restartRows)));
    }

    /** The Java codec running {@code stages} (a device's, for the OpenCL backend). */
    public JpegLosslessSv1Codec(int restartRows, StageProvider stages) {
        super(TransferSyntaxes.JPEG_LOSSLESS_SV1, JpegProfiles.LOSSLESS,
                new JpegLosslessEncoder(new JpegLosslessOptions(1, restartRows), stages.predictor()), decoder(stages));
    }
}
