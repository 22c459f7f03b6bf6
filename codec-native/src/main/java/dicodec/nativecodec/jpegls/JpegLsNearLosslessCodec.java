package dicodec.nativecodec.jpegls;

import dicodec.core.syntax.TransferSyntaxes;

/** JPEG-LS Near-Lossless (1.2.840.10008.1.2.4.81) with CharLS: NEAR as the request gives it. */
public final class JpegLsNearLosslessCodec extends CharLsCodec {
    public JpegLsNearLosslessCodec() {
        super(TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS, false);
    }
}
