package dicodec.nativecodec;

import java.util.Arrays;

/**
 * Makes a compressed frame even in length, as a fragment must be (PS3.5 A.4), in the way each
 * family's decoders expect: JPEG and JPEG-LS get one FFh fill byte before the EOI marker (ISO
 * 10918-1 B.1.1.2 and ISO 14495-1 allow fill bytes before any marker; DCMTK's "extended EOI"),
 * JPEG 2000 one 00h after EOC, which decoders stop before.
 */
public final class EvenLength {
    private EvenLength() {
    }

    /** JPEG or JPEG-LS: FF D9 at the end becomes FF FF D9 when the length is odd. */
    public static byte[] jpeg(byte[] stream, int length) {
        if (length % 2 == 0) {
            return length == stream.length ? stream : Arrays.copyOf(stream, length);
        }
        byte[] out = new byte[length + 1];
        if (length >= 2 && (stream[length - 2] & 0xFF) == 0xFF && (stream[length - 1] & 0xFF) == 0xD9) {
            System.arraycopy(stream, 0, out, 0, length - 2);
            out[length - 2] = (byte) 0xFF;
            out[length - 1] = (byte) 0xFF;
            out[length] = (byte) 0xD9;
        } else {
            System.arraycopy(stream, 0, out, 0, length);
        }
        return out;
    }

    /** JPEG 2000 and HTJ2K: one zero byte after EOC when the length is odd. */
    public static byte[] j2k(byte[] stream, int length) {
        int even = length + (length & 1);
        return even == stream.length ? stream : Arrays.copyOf(stream, even);
    }
}
