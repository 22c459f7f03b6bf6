package dicodec.core.codec.jpeg;

/**
 * A scan header, SOS (T.81 B.2.3), resolved against its frame.
 *
 * @param offset codestream byte of the SOS marker
 * @param components the frame components in this scan, in scan order
 * @param dcTables DC (lossless: the only) Huffman table selector Tdj per scan component
 * @param acTables AC Huffman table selector Taj per scan component
 * @param ss start of spectral selection, or the lossless predictor
 * @param se end of spectral selection
 * @param ah successive approximation bit position high
 * @param al successive approximation bit position low, or the lossless point transform
 * @param dataStart codestream byte of the first entropy-coded byte
 */
public record ScanHeader(long offset, FrameComponent[] components, int[] dcTables, int[] acTables, int ss, int se,
        int ah, int al, int dataStart) {

    /** Parses the SOS segment at {@code markerAt} for {@code frame} and checks it (B.2.3, G.1.1.1.1). */
    public static ScanHeader read(byte[] d, int markerAt, FrameHeader frame) {
        int len = FrameHeader.u16(d, markerAt + 2);
        int p = markerAt + 4;
        int ns = len >= 3 ? d[p] & 0xFF : 0;
        if (len < 6 || len != 6 + 2 * ns) {
            throw JpegErrors.bad(markerAt, "SOS segment is %d bytes long, but %d components need 6 + 2 x %d = %d",
                    len, ns, ns, 6 + 2 * ns);
        }
        if (ns < 1 || ns > 4) {
            throw JpegErrors.bad(p, "SOS has %d components; a scan has 1 to 4", ns);
        }
        FrameComponent[] comps = new FrameComponent[ns];
        int[] td = new int[ns];
        int[] ta = new int[ns];
        int blocksInMcu = 0;
        for (int i = 0; i < ns; i++) {
            int q = p + 1 + 2 * i;
            int cs = d[q] & 0xFF;
            FrameComponent c = frame.byId(cs);
            if (c == null) {
                throw JpegErrors.bad(q, "SOS names component %d, which the frame header (%s) does not have", cs,
                        frame);
            }
            for (int j = 0; j < i; j++) {
                if (comps[j] == c) {
                    throw JpegErrors.bad(q, "SOS names component %d twice", cs);
                }
            }
            comps[i] = c;
            td[i] = (d[q + 1] >> 4) & 0x0F;
            ta[i] = d[q + 1] & 0x0F;
            if (td[i] > 3 || ta[i] > 3) {
                throw JpegErrors.bad(q + 1, "SOS component %d selects Huffman tables %d/%d; the limit is 3", cs,
                        td[i], ta[i]);
            }
            blocksInMcu += ns == 1 ? 1 : c.h() * c.v();
        }
        int q = p + 1 + 2 * ns;
        int ss = d[q] & 0xFF;
        int se = d[q + 1] & 0xFF;
        int ah = (d[q + 2] >> 4) & 0x0F;
        int al = d[q + 2] & 0x0F;
        if (frame.isLossless()) {
            if (ss < 1 || ss > 7) {
                throw JpegErrors.bad(q, "lossless SOS selects predictor %d; process 14 has predictors 1 to 7", ss);
            }
            if (al >= frame.precision()) {
                throw JpegErrors.bad(q + 2, "lossless point transform %d is not below the precision %d", al,
                        frame.precision());
            }
            if (ns > 1) {
                for (FrameComponent c : comps) {
                    if (c.h() != 1 || c.v() != 1) {
                        throw JpegErrors.bad(markerAt, "interleaved lossless scan with sampling factors %dx%d for"
                                + " component %d: the lossless JPEG syntaxes code full components", c.h(), c.v(),
                                c.id());
                    }
                }
            }
        } else {
            if (blocksInMcu > 10) {
                throw JpegErrors.bad(markerAt, "interleaved scan has %d blocks per MCU; the limit is 10 (B.2.3)",
                        blocksInMcu);
            }
            if (frame.isProgressive()) {
                checkProgression(q, ns, ss, se, ah, al);
            }
        }
        return new ScanHeader(markerAt, comps, td, ta, ss, se, ah, al, markerAt + 2 + len);
    }

    private static void checkProgression(int at, int ns, int ss, int se, int ah, int al) {
        boolean ok = ss <= se && se <= 63 && ah <= 13 && al <= 13;
        if (ss == 0) {
            ok &= se == 0; // DC scans carry no AC coefficients (G.1.1.1.1)
        } else {
            ok &= ns == 1; // AC scans are never interleaved
        }
        if (ah != 0) {
            ok &= al == ah - 1;
        }
        if (!ok) {
            throw JpegErrors.bad(at, "progressive SOS with Ns=%d Ss=%d Se=%d Ah=%d Al=%d breaks G.1.1.1.1", ns, ss, se,
                    ah, al);
        }
    }

    public boolean isInterleaved() {
        return components.length > 1;
    }

    public boolean isDcScan() {
        return ss == 0;
    }

    public boolean isFirstPass() {
        return ah == 0;
    }
}
