package dicodec.core.codec.jpeg;

import dicodec.core.syntax.TransferSyntaxes;

/** .70 JPEG Lossless (Process 14, selection value 1), in Java. */
public final class JpegLosslessSv1Codec extends JavaJpegCodec {
    public JpegLosslessSv1Codec() {
        super(TransferSyntaxes.JPEG_LOSSLESS_SV1, JpegProfiles.LOSSLESS, null);
    }
}
