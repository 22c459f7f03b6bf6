package dicodec.core.spi;

import dicodec.core.pixel.PixelDescription;
import java.util.Set;

/**
 * What pixel data a codec takes, after the per-syntax tables of PS3.5 (for example Table
 * 8.2.1-1 for JPEG): Bits Allocated values, the range of Bits Stored, signedness, samples per
 * pixel and photometric interpretations.
 */
public record CodecProfile(Set<Integer> bitsAllocated, int minBitsStored, int maxBitsStored, boolean signedAllowed,
        Set<Integer> samplesPerPixel, Set<String> photometric) {

    /** Null when the profile takes {@code pd}, else why not, naming the attribute. */
    public String whyNot(PixelDescription pd) {
        if (!bitsAllocated.contains(pd.bitsAllocated())) {
            return "Bits Allocated (0028,0100) " + pd.bitsAllocated() + " not in " + bitsAllocated;
        }
        if (pd.bitsStored() < minBitsStored || pd.bitsStored() > maxBitsStored) {
            return "Bits Stored (0028,0101) " + pd.bitsStored() + " outside " + minBitsStored + ".." + maxBitsStored;
        }
        if (pd.pixelRepresentation() == 1 && !signedAllowed) {
            return "Pixel Representation (0028,0103) 1 (signed) not supported";
        }
        if (!samplesPerPixel.contains(pd.samplesPerPixel())) {
            return "Samples per Pixel (0028,0002) " + pd.samplesPerPixel() + " not in " + samplesPerPixel;
        }
        if (!photometric.contains(pd.photometric())) {
            return "Photometric Interpretation (0028,0004) " + pd.photometric() + " not in " + photometric;
        }
        return null;
    }
}
