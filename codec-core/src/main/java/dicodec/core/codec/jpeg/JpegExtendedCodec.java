package dicodec.core.codec.jpeg;

import dicodec.core.syntax.TransferSyntaxes;

/** .51 JPEG Extended (Processes 2 and 4), in Java. */
public final class JpegExtendedCodec extends JavaJpegCodec {
    public JpegExtendedCodec() {
        super(TransferSyntaxes.JPEG_EXTENDED, JpegProfiles.EXTENDED, null);
    }
}
