package dicodec.nativecodec.j2k;

import dicodec.core.syntax.TransferSyntaxes;

/**
 * JPEG 2000 (1.2.840.10008.1.2.4.91) with OpenJPEG: irreversible 9/7 at the requested ratio or
 * quality, else reversible and lossless.
 */
public final class J2kCodec extends OpenJpegCodec {
    public J2kCodec() {
        super(TransferSyntaxes.JPEG_2000, false);
    }
}
