package dicodec.nativecodec.j2k;

import dicodec.core.syntax.TransferSyntaxes;

/** JPEG 2000 Lossless Only (1.2.840.10008.1.2.4.90) with OpenJPEG: reversible 5/3 wavelet. */
public final class J2kLosslessCodec extends OpenJpegCodec {
    public J2kLosslessCodec() {
        super(TransferSyntaxes.JPEG_2000_LOSSLESS, true);
    }
}
