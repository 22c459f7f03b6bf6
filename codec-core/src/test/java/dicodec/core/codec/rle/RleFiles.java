package dicodec.core.codec.rle;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.Tag;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.TranscodeResult;
import dicodec.core.transcode.Transcoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** File-level helpers of the RLE interop tests: transcode with the real registry, read pixels back. */
final class RleFiles {
    private RleFiles() {
    }

    /** Native pixels of a file as our reader gives them (Little Endian), with their description. */
    record Pixels(byte[] bytes, PixelDescription description) {
        /** The pixels colour-by-pixel, frame by frame, whatever Planar Configuration says. */
        byte[] byPixel() {
            PixelDescription pd = description;
            if (pd.samplesPerPixel() == 1 || pd.planarConfiguration() == 0) {
                return bytes;
            }
            int sampleBytes = pd.bitsAllocated() / 8;
            int pixels = pd.rows() * pd.columns();
            int frameLength = pd.frameLength();
            byte[] out = bytes.clone();
            for (int f = 0; f < pd.frames(); f++) {
                int base = f * frameLength;
                for (int s = 0; s < pd.samplesPerPixel(); s++) {
                    for (int p = 0; p < pixels; p++) {
                        System.arraycopy(bytes, base + (s * pixels + p) * sampleBytes, out,
                                base + (p * pd.samplesPerPixel() + s) * sampleBytes, sampleBytes);
                    }
                }
            }
            return out;
        }

        /**
         * {@link #byPixel()} with every sample cut to Bits Stored: the bits above it are not part
         * of the value, and GDCM sign-extends signed samples into them when it decodes RLE.
         */
        byte[] byPixelWithinBitsStored() {
            byte[] out = byPixel().clone();
            int sampleBytes = description.bitsAllocated() / 8;
            int bs = description.bitsStored();
            if (sampleBytes < 2 || bs == 8 * sampleBytes) {
                return out;
            }
            long mask = (1L << bs) - 1;
            for (int i = 0; i + sampleBytes <= out.length; i += sampleBytes) {
                long v = 0;
                for (int b = sampleBytes - 1; b >= 0; b--) {
                    v = v << 8 | (out[i + b] & 0xFF);
                }
                v &= mask;
                for (int b = 0; b < sampleBytes; b++) {
                    out[i + b] = (byte) (v >>> (8 * b));
                }
            }
            return out;
        }
    }

    /** Transcodes {@code in} to {@code target} into {@code out} with the codecs on the class path. */
    static TranscodeResult transcode(Path in, TransferSyntax target, Path out) throws IOException {
        try (DicomObject obj = DicomReader.read(in); OutputStream os = Files.newOutputStream(out)) {
            return new Transcoder(CodecRegistry.load()).transcode(obj, TranscodeOptions.to(target), os);
        }
    }

    /** The native Pixel Data of {@code file}, without the byte that pads it to even length. */
    static Pixels pixels(Path file) throws IOException {
        try (DicomObject obj = DicomReader.read(file)) {
            PixelDescription pd = PixelDescription.from(obj.dataset());
            byte[] all = obj.dataset().get(Tag.PIXEL_DATA).bytes();
            return new Pixels(Arrays.copyOf(all, (int) Math.min(all.length, pd.nativeLength())), pd);
        }
    }
}
