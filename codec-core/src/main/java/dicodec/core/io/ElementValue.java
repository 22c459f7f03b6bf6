package dicodec.core.io;

import java.util.List;

/** What an element holds: bytes, sequence items, or encapsulated Pixel Data fragments. */
public sealed interface ElementValue permits ElementValue.Bytes, ElementValue.Items, ElementValue.Fragments {

    /**
     * A value's bytes as they lie in the source. {@code bigEndianUnit} is 0 for Little Endian
     * bytes, else the size of the units (2, 4, 8: per the VR it was read with) that are in Big
     * Endian order and must be reversed to be read. Values read into memory are swapped at once
     * and have 0; only bulk values left in a Big Endian source keep a unit.
     */
    record Bytes(BulkRef ref, int bigEndianUnit) implements ElementValue {
        public long length() {
            return ref.length();
        }
    }

    /**
     * A sequence. {@code implicitLittleEndian} is true for a UN element of undefined length,
     * whose items are always encoded Implicit VR Little Endian (PS3.5 6.2.2), so they are
     * written back that way whatever the target syntax.
     */
    record Items(List<Dataset> items, boolean implicitLittleEndian) implements ElementValue {
    }

    /**
     * Encapsulated Pixel Data: the Basic Offset Table item (possibly empty) and the fragments,
     * in order (PS3.5 A.4).
     */
    record Fragments(BulkRef basicOffsetTable, List<BulkRef> fragments) implements ElementValue {
    }
}
