package dicodec.core.codec.jpeg;

import dicodec.core.syntax.TransferSyntaxes;

/** .57 JPEG Lossless (Process 14, any predictor), in Java. */
public final class JpegLosslessCodec extends JavaJpegCodec {
    public JpegLosslessCodec() {
        super(TransferSyntaxes.JPEG_LOSSLESS, JpegProfiles.LOSSLESS, null);
    }
}
