package dicodec.core.transcode;

import dicodec.core.io.BulkRef;
import java.util.List;

/**
 * The Basic Offset Table for one fragment per frame (PS3.5 A.4): each frame's offset from the
 * first fragment's Item tag, counting the 8-byte Item header of every fragment before it.
 * Empty when an offset would not fit in 32 bits; the Extended Offset Table then takes over.
 */
final class BasicOffsetTable {
    private BasicOffsetTable() {
    }

    static BulkRef of(List<BulkRef> fragments) {
        byte[] table = new byte[4 * fragments.size()];
        long offset = 0;
        for (int i = 0; i < fragments.size(); i++) {
            if (offset > 0xFFFFFFFFL) {
                return BulkRef.of(new byte[0]);
            }
            table[4 * i] = (byte) offset;
            table[4 * i + 1] = (byte) (offset >>> 8);
            table[4 * i + 2] = (byte) (offset >>> 16);
            table[4 * i + 3] = (byte) (offset >>> 24);
            long len = fragments.get(i).length();
            offset += 8 + len + (len & 1);
        }
        return BulkRef.of(table);
    }
}
