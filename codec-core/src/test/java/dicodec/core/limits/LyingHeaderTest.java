package dicodec.core.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.ElementValue;
import dicodec.core.spi.CodecRegistry;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import dicodec.core.transcode.TranscodeOptions;
import dicodec.core.transcode.Transcoder;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A header that promises more than the data holds is refused as bad input, or as over a limit,
 * before any buffer is sized from it: each refusal comes within seconds and allocates little
 * (measured with the JVM's per-thread allocation counters), never an OutOfMemoryError.
 */
class LyingHeaderTest {
    /** What a refusal may allocate: parsing, messages; far below the sizes the headers claim. */
    private static final long MAX_ALLOCATED = 64L << 20;

    private final Transcoder transcoder = new Transcoder(CodecRegistry.load());

    @Test
    void nativeObject_claimingFourGigabytesOfPixels_isBadInputNamingPixelData() {
        byte[] obj = LyingHeaders.nativeObject(65535, 65535, 1, 1000);
        DicodecException e = refused(obj, TransferSyntaxes.RLE);
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("(7FE0,0010)"), e.getMessage());
    }

    @Test
    void nativeObject_claimingTwoBillionFrames_isBadInput() {
        DicodecException e = refused(LyingHeaders.nativeObject(16, 16, Integer.MAX_VALUE, 512),
                TransferSyntaxes.JPEG_LOSSLESS_SV1);
        assertEquals(ErrorKind.BAD_INPUT, e.kind(), e.getMessage());
    }

    @Test
    void jpegFrame_whoseStreamAndHeaderClaim60000Squared_isRefusedBeforeItsBufferIsSized() {
        // 60000 x 60000 x 16 bits = 7.2 GB for one frame, from a stream of a few hundred bytes
        DicodecException e = refused(LyingHeaders.jpegLosslessClaiming(60000, 60000, 1), TransferSyntaxes.EXPLICIT_VR_LE);
        assertEquals(ErrorKind.LIMIT, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }

    @Test
    void jpegFrame_ofNearlyTwoGigabytes_isRefusedWhenTheHeapCannotHoldIt() {
        // 30000 x 30000 x 16 bits: 1.8 GB, fits in an array; the budget (3 copies in half the
        // heap) says no unless the test JVM has more than 10 GiB of heap
        long heap = Runtime.getRuntime().maxMemory();
        org.junit.jupiter.api.Assumptions.assumeTrue(heap < (10L << 30), "heap " + heap);
        DicodecException e = refused(LyingHeaders.jpegLosslessClaiming(30000, 30000, 1),
                TransferSyntaxes.EXPLICIT_VR_LE);
        assertEquals(ErrorKind.LIMIT, e.kind(), e.getMessage());
    }

    @Test
    void decodedFrames_ofAFrameClaiming60000Squared_isALimitBeforeDecoding() throws Exception {
        try (DicomObject in = DicomReader.read(LyingHeaders.jpegLosslessClaiming(60000, 60000, 1), "lying.dcm")) {
            DicodecException e = assertThrows(DicodecException.class,
                    () -> dicodec.core.render.DecodedFrames.open(in, CodecRegistry.load(), null));
            assertEquals(ErrorKind.LIMIT, e.kind(), e.getMessage());
        }
    }

    @Test
    void encapsulatedObject_claimingAMillionFramesInOneFragment_isBadInput() {
        DicodecException e = refused(LyingHeaders.jpegLosslessClaiming(16, 16, 1_000_000), TransferSyntaxes.RLE);
        assertEquals(ErrorKind.BAD_INPUT, e.kind(), e.getMessage());
    }

    @Test
    void deflateBomb_inflatingPastTheLimit_isRefusedAsALimitWithoutFillingTheDisk() {
        String old = System.getProperty(DicomReader.MAX_INFLATED_PROPERTY);
        System.setProperty(DicomReader.MAX_INFLATED_PROPERTY, String.valueOf(16 << 20));
        try {
            byte[] bomb = LyingHeaders.deflateBomb(48 << 20); // 48 MiB of zeros in ~50 KiB
            assertTrue(bomb.length < (1 << 20), "a small bomb: " + bomb.length);
            DicodecException e = assertThrows(DicodecException.class, () -> DicomReader.read(bomb, "bomb.dcm").close());
            assertEquals(ErrorKind.LIMIT, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("inflate"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty(DicomReader.MAX_INFLATED_PROPERTY);
            } else {
                System.setProperty(DicomReader.MAX_INFLATED_PROPERTY, old);
            }
        }
    }

    @Test
    void deflatedObject_underTheLimit_stillReads() throws Exception {
        byte[] fine = LyingHeaders.deflateBomb(1 << 20);
        try (DicomObject obj = DicomReader.read(fine, "fine.dcm")) {
            assertEquals(TransferSyntaxes.DEFLATED_EXPLICIT_VR_LE.uid(), obj.syntax().uid());
            assertEquals(1 << 20, ((ElementValue.Bytes) obj.dataset().get(0x00091010).value()).length());
        }
    }

    @Test
    void sequencesNested100000Deep_areBadInputNotAStackOverflow() {
        // implicit VR LE, no file meta: (0008,1115) SQ undefined length, an Item of undefined
        // length holding the next one, 100000 times (1.6 MB)
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(100_000 * 16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 100_000; i++) {
            b.putShort((short) 0x0008).putShort((short) 0x1115).putInt(-1);
            b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(-1);
        }
        DicodecException e = assertThrows(DicodecException.class, () -> DicomReader.read(b.array(), "deep.dcm"));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    }

    /** Transcodes {@code obj} to {@code target}, expecting a quick refusal that allocated little. */
    private DicodecException refused(byte[] obj, TransferSyntax target) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = allocated(threads);
        DicodecException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                DicodecException.class, () -> {
                    try (DicomObject in = DicomReader.read(obj, "lying.dcm")) {
                        transcoder.transcode(in, TranscodeOptions.to(target), OutputStream.nullOutputStream());
                    }
                }));
        long used = allocated(threads) - before;
        assertTrue(used < MAX_ALLOCATED, "refusing allocated " + (used >> 20) + " MiB: " + e.getMessage());
        return e;
    }

    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadAllocatedBytes(id));
        }
        return sum;
    }
}
