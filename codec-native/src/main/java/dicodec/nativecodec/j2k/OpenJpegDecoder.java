package dicodec.nativecodec.j2k;

import dicodec.bindings.openjpeg.OpenJpeg;
import dicodec.core.error.DicodecException;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.FrameDecoder;
import dicodec.nativecodec.Samples;

/**
 * Decodes one JPEG 2000 or HTJ2K frame with OpenJPEG 2.5 (which reads Part 15 too): raw
 * codestreams, and JP2 files, which some writers put in Pixel Data against PS3.5 A.4.4.
 *
 * <p>SIZ against the data set (dicom-rules E8, K5): the decoder follows the stream. Each sample
 * is the value the stream codes, written in the Bits Allocated container as a two's complement
 * number sign extended over the container when SIZ says signed, zero extended when SIZ says
 * unsigned; this is what GDCM writes for every mismatch in the shared test data (precision 16
 * in a Bits Stored 12 or 14 data set, 11 in 16, unsigned SIZ with Pixel Representation 1 and the
 * reverse). Read at the data set's Bits Stored and Pixel Representation, these bytes give the
 * stream's values whenever the values fit in Bits Stored, which they do in all those files.
 * Rows, Columns or Samples per Pixel that differ from the stream are refused (BAD_INPUT naming
 * the attribute): no container is right for them. A stream whose precision exceeds Bits
 * Allocated is refused the same way. The transcoder does not let a decoder rewrite Bits Stored
 * or Pixel Representation yet, so the data set keeps its values.
 *
 * <p>Colour coded with a multi-component transform comes out as RGB (YBR_RCT and YBR_ICT become
 * RGB, dicom-rules K3), colour by pixel; 1-bit frames come out packed (PS3.5 8.1.1).
 */
public final class OpenJpegDecoder implements FrameDecoder {
    private final String family;
    private final int threads;

    /**
     * @param family "JPEG 2000" or "HTJ2K", for messages
     * @param threads OpenJPEG worker threads within one frame (1: none)
     */
    public OpenJpegDecoder(String family, int threads) {
        this.family = family;
        this.threads = threads;
    }

    @Override
    public DecodedFrame decode(byte[] encoded, PixelDescription pd) {
        OpenJpegErrors.requireLoaded();
        int bytes = pd.bitsAllocated() == 1 ? 1 : pd.bitsAllocated() / 8;
        int samples = pd.samplesPerPixel();
        byte[] out = new byte[pd.rows() * pd.columns() * samples * bytes];
        int[] info = new int[OpenJpeg.INFO_SIZE];
        byte[] err = new byte[OpenJpegErrors.MESSAGE_CAPACITY];
        int rc = OpenJpeg.decode(encoded, encoded.length, out, out.length, bytes, samples, pd.columns(), pd.rows(),
                threads, info, err, err.length);
        if (rc == OpenJpeg.MISMATCH) {
            throw mismatch(info, pd);
        }
        if (rc != OpenJpeg.OK) {
            throw OpenJpegErrors.badStream(family, err);
        }
        int precision = info[OpenJpeg.INFO_PRECISION];
        int containerBits = pd.bitsAllocated();
        if (precision > containerBits) {
            throw DicodecException.badAttribute(Tag.BITS_ALLOCATED, containerBits + ", but the " + family
                    + " stream has " + precision + "-bit samples");
        }
        if (pd.bitsAllocated() == 1) {
            out = Samples.packBits(out, pd.rows() * pd.columns());
        }
        return new DecodedFrame(out, photometricAfter(pd), 0);
    }

    /** YBR_RCT and YBR_ICT decode to RGB (K3); the rest keep their name. */
    static String photometricAfter(PixelDescription pd) {
        String pi = pd.photometric();
        if (pd.samplesPerPixel() == 3 && ("YBR_RCT".equals(pi) || "YBR_ICT".equals(pi))) {
            return "RGB";
        }
        return pi;
    }

    private DicodecException mismatch(int[] info, PixelDescription pd) {
        if (info[OpenJpeg.INFO_COMPONENTS] != pd.samplesPerPixel()) {
            return DicodecException.badAttribute(Tag.SAMPLES_PER_PIXEL, pd.samplesPerPixel() + ", but the " + family
                    + " stream has " + info[OpenJpeg.INFO_COMPONENTS] + " components");
        }
        if (info[OpenJpeg.INFO_WIDTH] != pd.columns()) {
            return DicodecException.badAttribute(Tag.COLUMNS, pd.columns() + ", but the " + family + " stream is "
                    + info[OpenJpeg.INFO_WIDTH] + " wide");
        }
        if (info[OpenJpeg.INFO_HEIGHT] != pd.rows()) {
            return DicodecException.badAttribute(Tag.ROWS, pd.rows() + ", but the " + family + " stream is "
                    + info[OpenJpeg.INFO_HEIGHT] + " high");
        }
        return DicodecException.unsupported(family + " stream whose components differ in precision, sign or"
                + " subsampling: not supported");
    }
}
