package dicodec.core.codec.jpeg;

import java.util.Arrays;

/**
 * A frame header, SOFn (T.81 B.2.2), with the sizes the decoders need. The process follows
 * from the marker: SOF0 baseline, SOF1 extended sequential, SOF2 progressive, SOF3 lossless
 * (all Huffman coded); arithmetic coding (SOF9-11) and hierarchical frames (SOF5-7, 13-15) are
 * refused by {@link #read} as unsupported.
 *
 * @param marker the SOFn marker code
 * @param offset codestream byte of the marker
 * @param precision sample precision P
 * @param lines number of lines Y, 0 when a DNL segment gives it after the first scan
 * @param samplesPerLine X
 * @param components Nf components in header order
 */
public record FrameHeader(int marker, long offset, int precision, int lines, int samplesPerLine,
        FrameComponent[] components) {

    /** Parses the segment whose marker is at {@code markerAt} (the FF) and validates it. */
    public static FrameHeader read(byte[] d, int markerAt, int marker) {
        int len = u16(d, markerAt + 2);
        int p = markerAt + 4;
        String name = JpegMarker.name(marker);
        if (marker >= 0xC9 && marker <= 0xCF && marker != JpegMarker.DAC) {
            throw JpegErrors.bad(markerAt, "%s (arithmetic coding%s) is in none of the JPEG transfer syntaxes"
                    + " in use (.50, .51, .53, .55, .57, .70: Huffman coding only)", name,
                    marker >= 0xCD ? ", hierarchical" : "");
        }
        if (marker >= 0xC5 && marker <= 0xC7) {
            throw JpegErrors.bad(markerAt, "%s (hierarchical mode) is in none of the JPEG transfer syntaxes in use"
                    + " (.50, .51, .53, .55, .57, .70 are non-hierarchical)", name);
        }
        if (len < 8) {
            throw JpegErrors.bad(markerAt, "%s segment is %d bytes long, at least 8 are needed", name, len);
        }
        int precision = d[p] & 0xFF;
        int lines = u16(d, p + 1);
        int x = u16(d, p + 3);
        int nf = d[p + 5] & 0xFF;
        if (len != 8 + 3 * nf) {
            throw JpegErrors.bad(markerAt, "%s segment is %d bytes long, but %d components need 8 + 3 x %d = %d",
                    name, len, nf, nf, 8 + 3 * nf);
        }
        boolean lossless = marker == JpegMarker.SOF3;
        if (lossless ? precision < 2 || precision > 16
                : marker == JpegMarker.SOF0 ? precision != 8 : precision != 8 && precision != 12) {
            throw JpegErrors.bad(markerAt + 4, "%s sample precision %d is not %s", name, precision,
                    lossless ? "2 to 16" : marker == JpegMarker.SOF0 ? "8 (baseline)" : "8 or 12");
        }
        if (x == 0) {
            throw JpegErrors.bad(markerAt + 7, "%s gives 0 samples per line", name);
        }
        if (nf == 0) {
            throw JpegErrors.bad(markerAt + 9, "%s has no components", name);
        }
        if (marker == JpegMarker.SOF2 && nf > 4) {
            throw JpegErrors.bad(markerAt + 9, "%s has %d components; a progressive frame has at most 4", name, nf);
        }
        int[] id = new int[nf];
        int[] h = new int[nf];
        int[] v = new int[nf];
        int[] tq = new int[nf];
        int hmax = 1;
        int vmax = 1;
        for (int i = 0; i < nf; i++) {
            int q = p + 6 + 3 * i;
            id[i] = d[q] & 0xFF;
            h[i] = (d[q + 1] >> 4) & 0x0F;
            v[i] = d[q + 1] & 0x0F;
            tq[i] = d[q + 2] & 0xFF;
            if (h[i] < 1 || h[i] > 4 || v[i] < 1 || v[i] > 4) {
                throw JpegErrors.bad(q + 1, "%s component %d has sampling factors %dx%d; each must be 1 to 4",
                        name, id[i], h[i], v[i]);
            }
            if (tq[i] > 3) {
                throw JpegErrors.bad(q + 2, "%s component %d selects quantisation table %d; the limit is 3",
                        name, id[i], tq[i]);
            }
            hmax = Math.max(hmax, h[i]);
            vmax = Math.max(vmax, v[i]);
        }
        return new FrameHeader(marker, markerAt, precision, lines, x, layout(lossless ? 1 : 8, lines, x, id, h, v, tq,
                hmax, vmax));
    }

    /** A frame header to write: components given by identifier, sampling factors and table. */
    public static FrameHeader of(int marker, int precision, int lines, int samplesPerLine, int[] id, int[] h, int[] v,
            int[] tq) {
        int hmax = 1;
        int vmax = 1;
        for (int i = 0; i < id.length; i++) {
            hmax = Math.max(hmax, h[i]);
            vmax = Math.max(vmax, v[i]);
        }
        return new FrameHeader(marker, 0, precision, lines, samplesPerLine,
                layout(marker == JpegMarker.SOF3 ? 1 : 8, lines, samplesPerLine, id, h, v, tq, hmax, vmax));
    }

    /** The same frame with the number of lines a DNL segment gave. */
    public FrameHeader withLines(int newLines) {
        int[] id = new int[components.length];
        int[] h = new int[id.length];
        int[] v = new int[id.length];
        int[] tq = new int[id.length];
        for (int i = 0; i < id.length; i++) {
            id[i] = components[i].id();
            h[i] = components[i].h();
            v[i] = components[i].v();
            tq[i] = components[i].tq();
        }
        return new FrameHeader(marker, offset, precision, newLines, samplesPerLine,
                layout(unit(), newLines, samplesPerLine, id, h, v, tq, maxH(), maxV()));
    }

    private static FrameComponent[] layout(int unit, int lines, int x, int[] id, int[] h, int[] v, int[] tq,
            int hmax, int vmax) {
        int n = id.length;
        // A single-component frame is always coded one data unit at a time (A.2.2): its
        // sampling factors do not matter.
        boolean single = n == 1;
        int mcusX = single ? ceilDiv(x, unit) : ceilDiv(x, unit * hmax);
        int mcusY = single ? ceilDiv(lines, unit) : ceilDiv(lines, unit * vmax);
        FrameComponent[] out = new FrameComponent[n];
        for (int i = 0; i < n; i++) {
            int hi = single ? 1 : h[i];
            int vi = single ? 1 : v[i];
            int hm = single ? 1 : hmax;
            int vm = single ? 1 : vmax;
            int w = ceilDiv(x * hi, hm);
            int ht = ceilDiv(lines * vi, vm);
            out[i] = new FrameComponent(i, id[i], h[i], v[i], tq[i], w, ht, ceilDiv(w, unit), ceilDiv(ht, unit),
                    mcusX * hi, mcusY * vi);
        }
        return out;
    }

    public boolean isLossless() {
        return marker == JpegMarker.SOF3;
    }

    public boolean isProgressive() {
        return marker == JpegMarker.SOF2;
    }

    /** Samples per data unit side: 8 for DCT blocks, 1 for lossless samples. */
    public int unit() {
        return isLossless() ? 1 : 8;
    }

    public int maxH() {
        int m = 1;
        for (FrameComponent c : components) {
            m = Math.max(m, c.h());
        }
        return components.length == 1 ? 1 : m;
    }

    public int maxV() {
        int m = 1;
        for (FrameComponent c : components) {
            m = Math.max(m, c.v());
        }
        return components.length == 1 ? 1 : m;
    }

    /** MCUs per line of an interleaved scan. */
    public int mcusPerLine() {
        return ceilDiv(samplesPerLine, unit() * maxH());
    }

    /** MCU rows of an interleaved scan. */
    public int mcuRows() {
        return ceilDiv(lines, unit() * maxV());
    }

    /** The component with identifier {@code id}, or null; the first wins, as in IJG. */
    public FrameComponent byId(int id) {
        for (FrameComponent c : components) {
            if (c.id() == id) {
                return c;
            }
        }
        return null;
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(JpegMarker.name(marker)).append(" P=").append(precision).append(' ')
                .append(samplesPerLine).append('x').append(lines).append(" components");
        for (FrameComponent c : components) {
            sb.append(' ').append(c.id()).append(':').append(c.h()).append('x').append(c.v()).append("/q")
                    .append(c.tq());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameHeader f && f.marker == marker && f.precision == precision && f.lines == lines
                && f.samplesPerLine == samplesPerLine && Arrays.equals(f.components, components);
    }

    @Override
    public int hashCode() {
        return (marker * 31 + precision) * 31 + lines * 17 + samplesPerLine + Arrays.hashCode(components);
    }
}
