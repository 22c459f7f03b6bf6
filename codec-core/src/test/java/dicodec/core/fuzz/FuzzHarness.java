package dicodec.core.fuzz;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.io.Tag;
import dicodec.core.pixel.CodestreamHeader;
import dicodec.core.pixel.EncapsulatedFrames;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.spi.Codec;
import dicodec.core.spi.DecodedFrame;
import dicodec.core.spi.FrameDecoder;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bodies of the fuzz targets, shared by the Jazzer {@code @FuzzTest}s and by
 * {@link FuzzSeedsTest}, which runs them over seeds made from the test data.
 *
 * <p>The contract fuzzing checks: bad input ends in a {@link DicodecException} whose kind is
 * BAD_INPUT, UNSUPPORTED or LIMIT (exit 2 / 4, INVALID_ARGUMENT / UNIMPLEMENTED). Anything
 * else (an INTERNAL error, an IndexOutOfBounds, a NegativeArraySize, an OutOfMemoryError, a
 * hang, a crash of a native library) is a finding.
 */
public final class FuzzHarness {
    /** Frames larger than this are not decoded: the server's max-frame-pixels plays this part. */
    public static final long MAX_FRAME_PIXELS = 1 << 20;
    /** A decoded object of more than this is skipped by the transcode target (max-frames x pixels). */
    public static final long MAX_OBJECT_BYTES = 64L << 20;
    /** Length of the description prefix of a decoder input, see {@link #description}. */
    public static final int PREFIX = 10;

    private static final String[] PHOTOMETRIC_1 = {"MONOCHROME2", "MONOCHROME1", "PALETTE COLOR"};
    private static final String[] PHOTOMETRIC_3 = {"RGB", "YBR_FULL", "YBR_FULL_422", "YBR_RCT", "YBR_ICT"};

    private FuzzHarness() {
    }

    /** Runs {@code body}; bad input may be refused, anything else thrown is a finding. */
    public static void expectCleanRefusal(Runnable body) {
        try {
            body.run();
        } catch (DicodecException e) {
            if (e.kind() == ErrorKind.INTERNAL) {
                throw new AssertionError("bad input ended in an INTERNAL error: " + e.getMessage(), e);
            }
        } catch (UncheckedIOException e) {
            throw new AssertionError("an in-memory input ended in an I/O error", e);
        }
    }

    /** Parser target: read the object, describe its pixels, read every frame. */
    public static void parse(byte[] data) {
        expectCleanRefusal(() -> {
            try (DicomObject obj = DicomReader.read(data, "fuzz.dcm")) {
                PixelDescription pd = PixelDescription.from(obj.dataset());
                if (pd == null || (long) pd.rows() * pd.columns() > MAX_FRAME_PIXELS) {
                    return;
                }
                if (obj.dataset().get(pd.pixelDataTag()).value() instanceof ElementValue.Fragments) {
                    EncapsulatedFrames frames = EncapsulatedFrames.of(obj.dataset(), obj.syntax());
                    for (int i = 0; i < frames.count(); i++) {
                        frames.frame(i);
                        CodestreamHeader.probe(frames, i);
                    }
                } else {
                    NativeFrames frames = NativeFrames.of(obj.dataset());
                    for (int i = 0; i < Math.min(frames.count(), 64); i++) {
                        frames.frame(i);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Decoder target: the first {@link #PREFIX} bytes say what the data set claims (rows,
     * columns, samples, bits, sign, photometric, planar), the rest is the frame. A claim that
     * disagrees with the stream must be refused, not trusted.
     */
    public static void decode(FrameDecoder decoder, byte[] data) {
        if (data.length < PREFIX) {
            return;
        }
        PixelDescription pd = description(data);
        if ((long) pd.rows() * pd.columns() > MAX_FRAME_PIXELS) {
            return;
        }
        byte[] frame = java.util.Arrays.copyOfRange(data, PREFIX, data.length);
        expectCleanRefusal(() -> {
            DecodedFrame out = decoder.decode(frame, pd);
            long want = (long) pd.rows() * pd.columns() * pd.samplesPerPixel() * (pd.bitsAllocated() / 8);
            if (out.pixels().length != want) {
                throw new AssertionError("decoded " + out.pixels().length + " bytes, the description needs " + want);
            }
        });
    }

    /** The description a decoder input's prefix claims. */
    public static PixelDescription description(byte[] data) {
        int rows = Math.max(1, ((data[0] & 0xFF) << 8) | (data[1] & 0xFF));
        int columns = Math.max(1, ((data[2] & 0xFF) << 8) | (data[3] & 0xFF));
        int samples = (data[4] & 1) == 0 ? 1 : 3;
        int bitsAllocated = (data[5] & 1) == 0 ? 8 : 16;
        int bitsStored = 1 + Math.floorMod(data[6] & 0xFF, bitsAllocated);
        int pixelRep = data[7] & 1;
        String[] names = samples == 1 ? PHOTOMETRIC_1 : PHOTOMETRIC_3;
        String photometric = names[(data[8] & 0xFF) % names.length];
        int planar = samples == 1 ? 0 : data[9] & 1;
        return new PixelDescription(rows, columns, samples, bitsAllocated, bitsStored, bitsStored - 1, pixelRep,
                photometric, planar, 1, Tag.PIXEL_DATA, List.of());
    }

    /** The prefix that claims {@code pd}: how seeds made from real frames start. */
    public static byte[] prefix(PixelDescription pd) {
        String[] names = pd.samplesPerPixel() == 1 ? PHOTOMETRIC_1 : PHOTOMETRIC_3;
        int photometric = java.util.Arrays.asList(names).indexOf(pd.photometric());
        return new byte[] {(byte) (pd.rows() >> 8), (byte) pd.rows(), (byte) (pd.columns() >> 8),
            (byte) pd.columns(), (byte) (pd.samplesPerPixel() == 1 ? 0 : 1), (byte) (pd.bitsAllocated() <= 8 ? 0 : 1),
            (byte) (pd.bitsStored() - 1), (byte) pd.pixelRepresentation(), (byte) Math.max(0, photometric),
            (byte) pd.planarConfiguration()};
    }

    /** The first decoder of {@code syntax} among {@code codecs} that is available. */
    public static FrameDecoder decoderOf(List<Codec> codecs, TransferSyntax syntax) {
        for (Codec c : codecs) {
            if (c.syntax().uid().equals(syntax.uid()) && c.decoder() != null && c.availability().available()) {
                return c.decoder();
            }
        }
        throw new IllegalStateException("no available decoder for " + syntax.name());
    }

    /**
     * Whole-transcode target: the first byte picks the target among {@code targets}, the rest
     * is the object. Output goes nowhere; only how the transcode ends is checked.
     */
    public static void transcode(Transcoder transcoder, List<TransferSyntax> targets, byte[] data) {
        if (data.length < 2) {
            return;
        }
        TransferSyntax target = targets.get((data[0] & 0xFF) % targets.size());
        byte[] object = java.util.Arrays.copyOfRange(data, 1, data.length);
        expectCleanRefusal(() -> {
            try (DicomObject obj = DicomReader.read(object, "fuzz.dcm")) {
                PixelDescription pd = PixelDescription.from(obj.dataset());
                if (pd != null && (long) pd.rows() * pd.columns() * pd.frames() * pd.samplesPerPixel()
                        * Math.max(1, pd.bitsAllocated() / 8) > MAX_OBJECT_BYTES) {
                    return; // the server's limits refuse this before the transcoder sees it
                }
                transcoder.transcode(obj, TranscodeOptions.to(target), OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
