package dicodec.nativecodec.j2k;

import dicodec.core.error.DicodecException;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.nativecodec.Samples;

/**
 * A native frame as the JPEG 2000 encoders take it: samples of 1 or 2 bytes (1-bit frames
 * unpacked to one byte a pixel), their precision (Bits Stored) and planar configuration. The
 * encoders mask each sample to the precision and sign extend it when signed, so every sample
 * is checked here to fit (else REFUSED naming Bits Stored).
 */
public record J2kInput(byte[] samples, int bytesPerSample, int precision, int planar) {

    public static J2kInput of(byte[] nativeFrame, PixelDescription pd) {
        if (pd.samplesPerPixel() == 3 && pd.isSigned()) {
            throw DicodecException.badAttribute(Tag.PIXEL_REPRESENTATION,
                    "1, but colour JPEG 2000 is unsigned (PS3.5 8.2.4)");
        }
        if ("YBR_RCT".equals(pd.photometric()) || "YBR_ICT".equals(pd.photometric())) {
            throw DicodecException.badAttribute(Tag.PHOTOMETRIC_INTERPRETATION, pd.photometric()
                    + " names a JPEG 2000 colour transform: native pixels cannot be in it");
        }
        if (pd.bitsAllocated() == 1) {
            return new J2kInput(Samples.unpackBits(nativeFrame, pd.rows() * pd.columns()), 1, 1, 0);
        }
        Samples.checkFits(nativeFrame, pd, pd.bitsStored());
        return new J2kInput(nativeFrame, pd.bitsAllocated() / 8, pd.bitsStored(),
                pd.samplesPerPixel() == 3 ? pd.planarConfiguration() : 0);
    }
}
