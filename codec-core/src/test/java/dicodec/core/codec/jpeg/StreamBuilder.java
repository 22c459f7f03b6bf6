package dicodec.core.codec.jpeg;

import java.io.ByteArrayOutputStream;

/** Builds JPEG streams byte by byte for tests of malformed and unusual input. */
final class StreamBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    StreamBuilder bytes(int... b) {
        for (int v : b) {
            out.write(v);
        }
        return this;
    }

    int size() {
        return out.size();
    }

    StreamBuilder soi() {
        return bytes(0xFF, 0xD8);
    }

    StreamBuilder eoi() {
        return bytes(0xFF, 0xD9);
    }

    /** A marker segment: FF, code, length (payload + 2), payload. */
    StreamBuilder segment(int marker, int... payload) {
        bytes(0xFF, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xFF);
        return bytes(payload);
    }

    /** SOFn with components given as (id, h, v, tq) quadruples. */
    StreamBuilder sof(int marker, int precision, int lines, int width, int... comps) {
        int n = comps.length / 4;
        int[] p = new int[6 + 3 * n];
        p[0] = precision;
        p[1] = lines >> 8;
        p[2] = lines & 0xFF;
        p[3] = width >> 8;
        p[4] = width & 0xFF;
        p[5] = n;
        for (int i = 0; i < n; i++) {
            p[6 + 3 * i] = comps[4 * i];
            p[7 + 3 * i] = comps[4 * i + 1] << 4 | comps[4 * i + 2];
            p[8 + 3 * i] = comps[4 * i + 3];
        }
        return segment(marker, p);
    }

    /** SOS with components given as (id, td, ta) triples. */
    StreamBuilder sos(int ss, int se, int ah, int al, int... comps) {
        int n = comps.length / 3;
        int[] p = new int[4 + 2 * n];
        p[0] = n;
        for (int i = 0; i < n; i++) {
            p[1 + 2 * i] = comps[3 * i];
            p[2 + 2 * i] = comps[3 * i + 1] << 4 | comps[3 * i + 2];
        }
        p[1 + 2 * n] = ss;
        p[2 + 2 * n] = se;
        p[3 + 2 * n] = ah << 4 | al;
        return segment(0xDA, p);
    }

    /** DHT for one table: class, id, 16 counts, symbols. */
    StreamBuilder dht(int tc, int th, int[] counts16, int... symbols) {
        int[] p = new int[17 + symbols.length];
        p[0] = tc << 4 | th;
        System.arraycopy(counts16, 0, p, 1, 16);
        System.arraycopy(symbols, 0, p, 17, symbols.length);
        return segment(0xC4, p);
    }

    /** DQT with 8-bit values, all equal to {@code value}. */
    StreamBuilder dqt(int id, int value) {
        int[] p = new int[65];
        p[0] = id;
        for (int i = 1; i <= 64; i++) {
            p[i] = value;
        }
        return segment(0xDB, p);
    }

    byte[] build() {
        return out.toByteArray();
    }
}
