package dicodec.core.codec.jpeg;

import dicodec.core.stage.StageProvider;
import dicodec.core.syntax.TransferSyntaxes;

/** .51 JPEG Extended (Processes 2 and 4), in Java. */
public final class JpegExtendedCodec extends JavaJpegCodec {
    public JpegExtendedCodec() {
        this(JpegLossyOptions.DEFAULT);
    }

    /** An encoder with other options (colour coding, restart interval). */
    public JpegExtendedCodec(JpegLossyOptions options) {
        super(TransferSyntaxes.JPEG_EXTENDED, JpegProfiles.EXTENDED, new JpegDctEncoder(false, options));
    }

    /** The Java codec running {@code stages} (a device's, for the OpenCL backend). */
    public JpegExtendedCodec(JpegLossyOptions options, StageProvider stages) {
        super(TransferSyntaxes.JPEG_EXTENDED, JpegProfiles.EXTENDED, new JpegDctEncoder(false, options,
                stages.dctStages()), decoder(stages));
    }
}
