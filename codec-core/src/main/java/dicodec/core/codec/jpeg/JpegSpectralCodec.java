package dicodec.core.codec.jpeg;

import dicodec.core.syntax.TransferSyntaxes;

/** .53 JPEG Spectral Selection (retired; decode only), in Java. */
public final class JpegSpectralCodec extends JavaJpegCodec {
    public JpegSpectralCodec() {
        super(TransferSyntaxes.JPEG_SPECTRAL, JpegProfiles.RETIRED, null);
    }
}
