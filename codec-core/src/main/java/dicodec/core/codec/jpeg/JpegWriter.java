package dicodec.core.codec.jpeg;

import java.util.Arrays;

/**
 * Writes a JPEG interchange stream: marker segments (T.81 Annex B) and entropy-coded data with
 * FF 00 stuffing, padding with 1-bits before each marker (F.1.2.3), and restart markers.
 */
public final class JpegWriter {
    /** Package-private for the hot loop of {@link DiffEncoder}, which keeps them in locals. */
    byte[] buf;
    int len;
    long acc;
    int bits;

    public JpegWriter(int initialCapacity) {
        buf = new byte[Math.max(1024, initialCapacity)];
    }

    void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private void put(int b) {
        if (len == buf.length) {
            ensure(1);
        }
        buf[len++] = (byte) b;
    }

    private void put16(int v) {
        put(v >> 8);
        put(v & 0xFF);
    }

    /** Appends the low {@code size} bits of {@code value} (size 0..32) to the entropy-coded data. */
    public void writeBits(int value, int size) {
        acc = (acc << size) | (value & ((1L << size) - 1));
        bits += size;
        if (bits >= 32) {
            flush32();
        }
    }

    /** Moves the oldest 32 whole bits to the buffer, stuffing a 00 after each FF byte. */
    void flush32() {
        if (len + 8 > buf.length) {
            ensure(8);
        }
        bits -= 32;
        int word = (int) (acc >>> bits);
        if (noFf(word)) {
            buf[len] = (byte) (word >>> 24);
            buf[len + 1] = (byte) (word >>> 16);
            buf[len + 2] = (byte) (word >>> 8);
            buf[len + 3] = (byte) word;
            len += 4;
            return;
        }
        for (int shift = 24; shift >= 0; shift -= 8) {
            int b = (word >>> shift) & 0xFF;
            buf[len++] = (byte) b;
            if (b == 0xFF) {
                buf[len++] = 0; // byte stuffing (B.1.1.5)
            }
        }
    }

    /** True when no byte of {@code word} is FF (a zero byte of ~word, by the usual SWAR test). */
    private static boolean noFf(int word) {
        int inv = ~word;
        return ((inv - 0x01010101) & ~inv & 0x80808080) == 0;
    }

    /** Moves whole bytes to the buffer before a marker or the end. */
    private void flushBytes() {
        ensure(2 * (bits / 8) + 2);
        while (bits >= 8) {
            bits -= 8;
            int b = (int) (acc >>> bits) & 0xFF;
            buf[len++] = (byte) b;
            if (b == 0xFF) {
                buf[len++] = 0;
            }
        }
    }

    /** Pads the entropy-coded data to a byte boundary with 1-bits (F.1.2.3) and moves it out. */
    public void alignWithOnes() {
        flushBytes();
        if (bits > 0) {
            int pad = 8 - bits;
            acc = (acc << pad) | ((1 << pad) - 1);
            bits = 8;
            flushBytes();
        }
    }

    /** A restart marker RSTn, after padding the interval's data. */
    public void restartMarker(int n) {
        alignWithOnes();
        put(0xFF);
        put(JpegMarker.RST0 + (n & 7));
    }

    public void marker(int code) {
        alignWithOnes();
        put(0xFF);
        put(code);
    }

    public void soi() {
        marker(JpegMarker.SOI);
    }

    public void eoi() {
        marker(JpegMarker.EOI);
    }

    /** APP0 JFIF 1.01, no thumbnail, 1:1 aspect: says the 3 components are YCbCr (T.871). */
    public void jfif() {
        marker(JpegMarker.APP0);
        put16(16);
        for (char c : "JFIF".toCharArray()) {
            put(c);
        }
        put(0);
        put(1);
        put(1);
        put(0);
        put16(1);
        put16(1);
        put(0);
        put(0);
    }

    /** APP14 Adobe with colour transform {@code transform} (0: none, the components are RGB). */
    public void adobe(int transform) {
        marker(JpegMarker.APP14);
        put16(14);
        for (char c : "Adobe".toCharArray()) {
            put(c);
        }
        put16(100);
        put16(0);
        put16(0);
        put(transform);
    }

    /** DQT for table {@code id}, values in natural order; 16-bit precision when any exceeds 255. */
    public void dqt(int id, int[] naturalOrder) {
        boolean wide = false;
        for (int v : naturalOrder) {
            wide |= v > 255;
        }
        marker(JpegMarker.DQT);
        put16(2 + 1 + (wide ? 128 : 64));
        put((wide ? 0x10 : 0) | id);
        for (int k = 0; k < 64; k++) {
            int v = naturalOrder[ZigZag.NATURAL[k]];
            if (wide) {
                put16(v);
            } else {
                put(v);
            }
        }
    }

    /** SOFn; components as (id, h, v, tq) quadruples. */
    public void sof(int marker, int precision, int lines, int samplesPerLine, int[] comps) {
        int n = comps.length / 4;
        marker(marker);
        put16(8 + 3 * n);
        put(precision);
        put16(lines);
        put16(samplesPerLine);
        put(n);
        for (int i = 0; i < n; i++) {
            put(comps[4 * i]);
            put(comps[4 * i + 1] << 4 | comps[4 * i + 2]);
            put(comps[4 * i + 3]);
        }
    }

    /** DHT for one table of class {@code tc} (0 DC / lossless, 1 AC) and id {@code th}. */
    public void dht(int tc, int th, HuffmanSpec spec) {
        marker(JpegMarker.DHT);
        put16(2 + 1 + 16 + spec.symbols().length);
        put(tc << 4 | th);
        for (int l = 1; l <= 16; l++) {
            put(spec.counts()[l]);
        }
        for (int s : spec.symbols()) {
            put(s);
        }
    }

    public void dri(int interval) {
        marker(JpegMarker.DRI);
        put16(4);
        put16(interval);
    }

    /** SOS; components as (id, td, ta) triples. */
    public void sos(int[] comps, int ss, int se, int ah, int al) {
        int n = comps.length / 3;
        marker(JpegMarker.SOS);
        put16(6 + 2 * n);
        put(n);
        for (int i = 0; i < n; i++) {
            put(comps[3 * i]);
            put(comps[3 * i + 1] << 4 | comps[3 * i + 2]);
        }
        put(ss);
        put(se);
        put(ah << 4 | al);
    }

    /** The stream so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    public int size() {
        return len;
    }
}
