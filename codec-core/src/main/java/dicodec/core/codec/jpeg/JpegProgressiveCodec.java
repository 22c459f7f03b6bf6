package dicodec.core.codec.jpeg;

import dicodec.core.syntax.TransferSyntaxes;

/** .55 JPEG Full Progression (retired; decode only), in Java. */
public final class JpegProgressiveCodec extends JavaJpegCodec {
    public JpegProgressiveCodec() {
        super(TransferSyntaxes.JPEG_PROGRESSIVE, JpegProfiles.RETIRED, null);
    }
}
