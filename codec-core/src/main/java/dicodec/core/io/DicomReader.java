package dicodec.core.io;

import dicodec.core.dict.DataDictionary;
import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.syntax.TransferSyntax;
import dicodec.core.syntax.TransferSyntaxes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a DICOM object: a Part 10 file (preamble, "DICM", file meta) or a bare data set, in
 * any of the uncompressed syntaxes, Deflated included. Elements are kept as read; values
 * longer than {@link #BULK_THRESHOLD} bytes (Pixel Data above all) and every fragment stay in
 * the source and are read when asked for.
 */
public final class DicomReader {
    /** Values at least this long are not copied into the heap while parsing. */
    static final int BULK_THRESHOLD = 64 * 1024;
    /**
     * System property: the most bytes a Deflated data set may inflate to (default 1 GiB).
     * Deflate reaches ratios of 1000:1, so without a bound a 1 MiB upload fills a disk.
     */
    public static final String MAX_INFLATED_PROPERTY = "dicodec.max-inflated-bytes";
    private static final long DEFAULT_MAX_INFLATED = 1L << 30;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    /**
     * Sequences nested deeper than this are refused: each level is a few stack frames, and a
     * crafted object of a few hundred KiB would otherwise end in a StackOverflowError. Real
     * objects nest a handful of levels.
     */
    static final int MAX_SEQUENCE_DEPTH = 128;

    private final ByteSource source;
    private final DataDictionary dictionary = DataDictionary.standard();
    private final List<String> warnings = new ArrayList<>();
    private int depth;

    private DicomReader(ByteSource source) {
        this.source = source;
    }

    /** Reads a file; the returned object keeps the file open for its bulk values until closed. */
    public static DicomObject read(Path file) throws IOException {
        FileByteSource src = new FileByteSource(file);
        try {
            return read(src);
        } catch (DicodecException e) {
            src.close();
            throw e.inFile(String.valueOf(file.getFileName()));
        } catch (RuntimeException e) {
            src.close();
            throw e;
        }
    }

    public static DicomObject read(byte[] data, String name) {
        try {
            return read(new ArrayByteSource(data, name));
        } catch (DicodecException e) {
            throw e.inFile(name);
        }
    }

    public static DicomObject read(ByteSource source) {
        return new DicomReader(source).readObject();
    }

    private DicomObject readObject() {
        SourceCursor in = new SourceCursor(source, 0);
        long len = source.length();
        boolean part10 = len >= 132 && hasDicmAt(in, 128);
        Dataset meta = new Dataset();
        if (part10) {
            in.seek(132);
            meta = readFileMeta(in);
        } else if (len >= 8 && in.peek(0) == 0x02 && in.peek(1) == 0x00) {
            // File meta without preamble: seen in the field, read it all the same.
            warnings.add("no 128-byte preamble and DICM prefix; file meta read from byte 0");
            meta = readFileMeta(in);
        }
        boolean hadMeta = !meta.isEmpty();
        long datasetStart = in.position();
        if (!hadMeta) {
            datasetStart = findFirstElement(in);
            in.seek(datasetStart);
        }
        String tsUid = meta.getString(Tag.TRANSFER_SYNTAX_UID);
        TransferSyntax ts;
        if (tsUid == null) {
            ts = detectSyntax(in);
            warnings.add((hadMeta ? "file meta has no Transfer Syntax UID" : "no file meta")
                    + "; data set detected as " + ts.name());
        } else {
            ts = TransferSyntaxes.byUid(tsUid);
            if (ts == null) {
                ts = TransferSyntaxes.unknown(tsUid);
                warnings.add("unknown Transfer Syntax UID " + tsUid + "; read as explicit VR little endian");
            }
        }
        Dataset dataset;
        boolean explicitVr = ts.explicitVr();
        if (!ts.deflated() && !ts.bigEndian() && len - datasetStart >= 8) {
            // The file meta can lie about the VR form (seen: "explicit" over an implicit data
            // set). The first element decides, as in DCMTK; the syntax reported stays the
            // declared one, and a warning says what was done.
            in.seek(datasetStart);
            boolean explicitBytes = VR.fromCode(in.peek(4), in.peek(5)) != null;
            if (explicitBytes != ts.explicitVr()) {
                warnings.add("Transfer Syntax " + ts.uid() + " says " + (ts.explicitVr() ? "explicit" : "implicit")
                        + " VR but the data set is encoded in " + (explicitBytes ? "explicit" : "implicit")
                        + " VR; read as it is encoded");
                explicitVr = explicitBytes;
            }
        }
        if (ts.deflated()) {
            ByteSource inflated = inflate(datasetStart);
            SourceCursor din = new SourceCursor(inflated, 0);
            dataset = readDataset(din, inflated.length(), explicitVr, true);
        } else {
            in.seek(datasetStart);
            in.bigEndian(ts.bigEndian());
            dataset = readDataset(in, len, explicitVr, true);
        }
        if (!explicitVr) {
            VrResolver.resolve(dataset);
        }
        return new DicomObject(source.name(), meta, dataset, ts, hadMeta, warnings).withSource(source);
    }

    private static boolean hasDicmAt(SourceCursor in, long pos) {
        in.seek(pos);
        boolean dicm = in.u8() == 'D' && in.u8() == 'I' && in.u8() == 'C' && in.u8() == 'M';
        in.seek(0);
        return dicm;
    }

    private Dataset readFileMeta(SourceCursor in) {
        Dataset meta = new Dataset();
        in.bigEndian(false);
        while (in.remaining() >= 8 && in.peek(0) == 0x02 && in.peek(1) == 0x00) {
            boolean explicit = VR.fromCode(in.peek(4), in.peek(5)) != null;
            DicomElement e = readElement(in, in.end(), explicit);
            if (e != null) {
                meta.put(e);
            }
        }
        return meta;
    }

    /**
     * Where the data set of a file without file meta starts: at byte 0 unless the first bytes
     * are junk (seen: a stray byte before the first element), then at the first offset within
     * the first 132 bytes where a group 0008 element starts. Skipped bytes are warned about.
     */
    private long findFirstElement(SourceCursor in) {
        long start = in.position();
        long limit = Math.min(in.end() - 8, start + 132);
        if (plausibleFirstElement(in, start)) {
            return start;
        }
        for (long p = start + 1; p <= limit; p++) {
            in.seek(p);
            boolean group8 = in.peek(0) == 0x08 && in.peek(1) == 0x00 || in.peek(0) == 0x00 && in.peek(1) == 0x08;
            if (group8 && plausibleFirstElement(in, p)) {
                warnings.add("skipped " + (p - start) + " byte(s) of junk before the first element at byte " + p);
                return p;
            }
        }
        in.seek(start);
        return start;
    }

    private static boolean plausibleFirstElement(SourceCursor in, long p) {
        return plausibleIn(in, p, false) || plausibleIn(in, p, true);
    }

    /**
     * Whether an element starts at {@code p} when read in this byte order: a non-zero group up
     * to 7FE0 (odd ones too: private data sets exist), and a length (explicit or implicit VR) that fits in what is left.
     */
    private static boolean plausibleIn(SourceCursor in, long p, boolean bigEndian) {
        in.seek(p);
        if (in.end() - p < 8) {
            return false;
        }
        int group = bigEndian ? (in.peek(0) << 8) | in.peek(1) : in.peek(0) | (in.peek(1) << 8);
        if (group == 0 || group > 0x7FE0) {
            return false;
        }
        VR vr = VR.fromCode(in.peek(4), in.peek(5));
        long length;
        if (vr != null) {
            if (vr.hasLongHeader()) {
                return true;
            }
            length = bigEndian ? (in.peek(6) << 8) | in.peek(7) : in.peek(6) | (in.peek(7) << 8);
        } else if (bigEndian) {
            return false; // there is no implicit VR big endian
        } else {
            length = in.peek(4) | (in.peek(5) << 8) | ((long) in.peek(6) << 16) | ((long) in.peek(7) << 24);
        }
        return length == 0xFFFFFFFFL || length <= in.end() - p - 8;
    }

    /** Detects the encoding of a data set that has no file meta from its first element. */
    private TransferSyntax detectSyntax(SourceCursor in) {
        long start = in.position();
        if (in.remaining() < 8) {
            throw DicodecException.badInputAt(start, "not DICOM: fewer than 8 bytes of data set");
        }
        boolean explicit = VR.fromCode(in.peek(4), in.peek(5)) != null;
        if (plausibleIn(in, start, false)) {
            in.seek(start);
            return explicit ? TransferSyntaxes.EXPLICIT_VR_LE : TransferSyntaxes.IMPLICIT_VR_LE;
        }
        if (plausibleIn(in, start, true)) {
            in.seek(start);
            return TransferSyntaxes.EXPLICIT_VR_BE;
        }
        in.seek(start);
        throw DicodecException.badInputAt(start, String.format(
                "not DICOM: no DICM prefix at byte 128 and the data does not start with an element (%02X %02X %02X %02X)",
                in.peek(0), in.peek(1), in.peek(2), in.peek(3)));
    }

    private ByteSource inflate(long start) {
        // Deflated data sets are inflated whole; they are small in practice. Past 64 MiB the
        // inflated bytes (less in a small heap) go to a temporary file so the heap stays bounded; past the limit
        // (MAX_INFLATED_PROPERTY) the object is refused, so the disk stays bounded too.
        long max = Long.getLong(MAX_INFLATED_PROPERTY, DEFAULT_MAX_INFLATED);
        // a growing byte array briefly needs three times its size: spill early in a small heap
        long spillAt = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 16);
        try (InputStream raw = new SourceInputStream(source, start);
                InflaterInputStream z = new InflaterInputStream(raw, new Inflater(true), 64 * 1024)) {
            ByteArrayOutputStream mem = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = z.read(buf)) > 0) {
                mem.write(buf, 0, n);
                if (mem.size() > max) {
                    throw tooLarge(start, max);
                }
                if (mem.size() > spillAt) {
                    Path tmp = Files.createTempFile("dicodec-inflated", ".bin");
                    tmp.toFile().deleteOnExit();
                    try (var out = Files.newOutputStream(tmp)) {
                        mem.writeTo(out);
                        long total = mem.size();
                        mem = null;
                        while ((n = z.read(buf)) > 0) {
                            total += n;
                            if (total > max) {
                                throw tooLarge(start, max);
                            }
                            out.write(buf, 0, n);
                        }
                    } catch (DicodecException e) {
                        Files.deleteIfExists(tmp);
                        throw e;
                    }
                    return new FileByteSource(tmp);
                }
            }
            return new ArrayByteSource(mem.toByteArray(), source.name());
        } catch (java.util.zip.ZipException e) {
            throw DicodecException.badInputAt(start, "deflated data set is corrupt: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DicodecException tooLarge(long start, long max) {
        return new DicodecException(ErrorKind.LIMIT, null, 0, -1, start, "the deflated data set inflates to more than "
                + max + " bytes (" + MAX_INFLATED_PROPERTY + "): refused as a possible decompression bomb", null);
    }

    /**
     * Reads elements until {@code end}, or until an Item Delimitation when {@code end} is the
     * end of the source and the data set is an item of undefined length.
     */
    private Dataset readDataset(SourceCursor in, long end, boolean explicit, boolean topLevel) {
        Dataset ds = new Dataset();
        while (in.position() < end) {
            if (topLevel && end - in.position() < 8) {
                warnings.add((end - in.position()) + " trailing byte(s) after the last element ignored (byte "
                        + in.position() + ")");
                in.seek(end);
                break;
            }
            long at = in.position();
            int tag = in.tag();
            if (tag == Tag.ITEM_DELIMITATION) {
                in.u32();
                if (topLevel) {
                    warnings.add("stray Item Delimitation at byte " + at + " ignored");
                    continue;
                }
                return ds;
            }
            if (tag == Tag.SEQUENCE_DELIMITATION && topLevel) {
                in.u32();
                warnings.add("stray Sequence Delimitation at byte " + at + " ignored");
                continue;
            }
            in.seek(at);
            DicomElement e = readElement(in, end, explicit);
            if (e != null) {
                if (ds.contains(e.tag())) {
                    warnings.add("duplicate element " + Tag.toString(e.tag()) + " at byte " + at + "; the first is kept");
                } else {
                    ds.put(e);
                }
            }
        }
        return ds;
    }

    private DicomElement readElement(SourceCursor in, long end, boolean explicit) {
        long at = in.position();
        int tag = in.tag();
        VR vr;
        long length;
        boolean vrFromStream = false;
        if (explicit && (tag >>> 16) != 0xFFFE) {
            VR coded = VR.fromCode(in.peek(0), in.peek(1));
            if (coded != null) {
                in.skip(2);
                vr = coded;
                vrFromStream = true;
                if (vr.hasLongHeader()) {
                    in.skip(2);
                    length = in.u32();
                } else {
                    length = in.u16();
                }
            } else {
                // An invalid VR code in an explicit data set: the 4 bytes are taken as an
                // implicit-VR length, as DCMTK does, and the VR comes from the dictionary.
                warnings.add(String.format("invalid VR bytes %02X %02X for %s at byte %d; VR taken from the dictionary",
                        in.peek(0), in.peek(1), Tag.toString(tag), at));
                length = in.u32();
                vr = dictionaryVr(tag);
            }
        } else {
            length = in.u32();
            vr = dictionaryVr(tag);
        }
        long valueStart = in.position();
        if (length == UNDEFINED) {
            if (tag == Tag.PIXEL_DATA && vr != VR.SQ) {
                return new DicomElement(tag, vr == VR.UN ? VR.OB : vr, readFragments(in, end));
            }
            // UN of undefined length is an implicit-VR little endian sequence (PS3.5 6.2.2).
            boolean unSequence = vrFromStream && vr == VR.UN;
            boolean wasBigEndian = in.bigEndian();
            if (unSequence) {
                in.bigEndian(false);
            }
            List<Dataset> items = readItems(in, tag, UNDEFINED, end, unSequence ? false : explicit);
            in.bigEndian(wasBigEndian);
            return new DicomElement(tag, unSequence ? VR.UN : VR.SQ, new ElementValue.Items(items, unSequence));
        }
        if (length > end - valueStart) {
            String kw = dictionary.keyword(tag);
            throw DicodecException.badInputAt(at, String.format(
                    "%s%s declares a value of %d bytes but only %d remain: the data is truncated",
                    kw.isEmpty() ? "" : kw + " ", Tag.toString(tag), length, Math.max(0, end - valueStart)));
        }
        if (vr == VR.UN && !vrFromStream && looksLikeItem(in, length)) {
            // Implicit VR: a private sequence of defined length is only known by its first
            // Item tag; read it as a sequence, as DCMTK and pydicom do.
            vr = VR.SQ;
        }
        if (vr == VR.SQ) {
            List<Dataset> items = readItems(in, tag, length, valueStart + length, explicit);
            in.seek(valueStart + length);
            return new DicomElement(tag, VR.SQ, new ElementValue.Items(items, false));
        }
        if (length >= BULK_THRESHOLD) {
            in.skip(length);
            int beUnit = in.bigEndian() && vr.swapUnit() > 1 ? vr.swapUnit() : 0;
            return new DicomElement(tag, vr,
                    new ElementValue.Bytes(new BulkRef(in.source(), valueStart, length), beUnit));
        }
        byte[] value = in.bytes((int) length);
        if (in.bigEndian()) {
            ByteSwap.swap(value, 0, value.length, vr.swapUnit());
        }
        return DicomElement.ofBytes(tag, vr, value);
    }

    /** The value at the position starts with an Item (FFFE,E000) whose length fits. */
    private static boolean looksLikeItem(SourceCursor in, long length) {
        if (length < 8 || in.bigEndian()) {
            return false;
        }
        long at = in.position();
        boolean item = in.peek(0) == 0xFE && in.peek(1) == 0xFF && in.peek(2) == 0x00 && in.peek(3) == 0xE0;
        if (!item) {
            return false;
        }
        long itemLength = in.peek(4) | (in.peek(5) << 8) | ((long) in.peek(6) << 16) | ((long) in.peek(7) << 24);
        in.seek(at);
        return itemLength == 0xFFFFFFFFL || itemLength <= length - 8;
    }

    private VR dictionaryVr(int tag) {
        if (Tag.element(tag) == 0) {
            return VR.UL;
        }
        if (Tag.isPrivate(tag)) {
            int el = Tag.element(tag);
            return el >= 0x10 && el <= 0xFF ? VR.LO : VR.UN;
        }
        DataDictionary.Entry entry = dictionary.lookup(tag);
        return entry == null ? VR.UN : entry.vr();
    }

    private List<Dataset> readItems(SourceCursor in, int seqTag, long length, long end, boolean explicit) {
        if (++depth > MAX_SEQUENCE_DEPTH) {
            throw DicodecException.badInputAt(in.position(), "sequence " + Tag.toString(seqTag) + " is nested more than "
                    + MAX_SEQUENCE_DEPTH + " levels deep");
        }
        try {
            return readItemsAt(in, seqTag, length, end, explicit);
        } finally {
            depth--;
        }
    }

    private List<Dataset> readItemsAt(SourceCursor in, int seqTag, long length, long end, boolean explicit) {
        List<Dataset> items = new ArrayList<>();
        long seqEnd = length == UNDEFINED ? end : in.position() + length;
        while (in.position() < seqEnd) {
            long at = in.position();
            int tag = in.tag();
            long itemLength = in.u32();
            if (tag == Tag.SEQUENCE_DELIMITATION) {
                return items;
            }
            if (tag != Tag.ITEM) {
                throw DicodecException.badInputAt(at, String.format(
                        "expected an Item (FFFE,E000) in sequence %s, found %s", Tag.toString(seqTag), Tag.toString(tag)));
            }
            if (itemLength == UNDEFINED) {
                items.add(readDataset(in, seqEnd, explicit, false));
            } else {
                long itemEnd = in.position() + itemLength;
                if (itemEnd > seqEnd) {
                    // Seen in DICOMDIRs: a last item longer than what is left. DCMTK and
                    // pydicom read what is there; so do we, and say so.
                    warnings.add(String.format("item of %d bytes at byte %d in sequence %s runs %d byte(s) past the"
                            + " end of its sequence; read up to byte %d", itemLength, at, Tag.toString(seqTag),
                            itemEnd - seqEnd, seqEnd));
                    itemEnd = seqEnd;
                }
                items.add(readDataset(in, itemEnd, explicit, false));
                in.seek(itemEnd);
            }
        }
        if (length == UNDEFINED) {
            throw DicodecException.badInputAt(in.position(), "sequence " + Tag.toString(seqTag)
                    + " of undefined length has no Sequence Delimitation: the data is truncated");
        }
        return items;
    }

    private ElementValue.Fragments readFragments(SourceCursor in, long end) {
        BulkRef offsetTable = null;
        List<BulkRef> fragments = new ArrayList<>();
        while (true) {
            long at = in.position();
            if (end - at < 8) {
                throw DicodecException.badInputAt(at,
                        "encapsulated Pixel Data (7FE0,0010) has no Sequence Delimitation: the data is truncated");
            }
            int tag = in.tag();
            long len = in.u32();
            if (tag == Tag.SEQUENCE_DELIMITATION) {
                break;
            }
            if (tag != Tag.ITEM) {
                throw DicodecException.badInputAt(at, "expected a fragment Item (FFFE,E000) in Pixel Data (7FE0,0010), found "
                        + Tag.toString(tag));
            }
            if (len == UNDEFINED || len > end - in.position()) {
                throw DicodecException.badInputAt(at, String.format(
                        "fragment %d of Pixel Data (7FE0,0010) declares %d bytes but only %d remain: the data is truncated",
                        fragments.size() + (offsetTable == null ? 0 : 1), len, end - in.position()));
            }
            BulkRef ref = new BulkRef(in.source(), in.position(), len);
            in.skip(len);
            if (offsetTable == null) {
                offsetTable = ref;
            } else {
                fragments.add(ref);
            }
        }
        if (offsetTable == null) {
            throw DicodecException.badInputAt(in.position(), "encapsulated Pixel Data (7FE0,0010) has no Basic Offset Table item");
        }
        return new ElementValue.Fragments(offsetTable, fragments);
    }

    /** An InputStream view of a ByteSource from a position on. */
    private static final class SourceInputStream extends InputStream {
        private final ByteSource src;
        private long pos;

        SourceInputStream(ByteSource src, long pos) {
            this.src = src;
            this.pos = pos;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) < 0 ? -1 : b[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = src.read(pos, b, off, len);
            if (n > 0) {
                pos += n;
            }
            return n;
        }
    }
}
