package dicodec.nativecodec.jpegls;

import dicodec.core.syntax.TransferSyntaxes;

/** JPEG-LS Lossless (1.2.840.10008.1.2.4.80) with CharLS: NEAR is always 0. */
public final class JpegLsLosslessCodec extends CharLsCodec {
    public JpegLsLosslessCodec() {
        super(TransferSyntaxes.JPEG_LS_LOSSLESS, true);
    }
}
