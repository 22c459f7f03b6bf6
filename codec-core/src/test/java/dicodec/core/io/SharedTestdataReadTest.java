package dicodec.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.testing.SharedTestdata;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real file in ../shared/testdata parses, with the transfer syntax its README states. */
class SharedTestdataReadTest {

    static Stream<SharedTestdata.Entry> entries() {
        return SharedTestdata.entriesOrSkip();
    }

    @Test
    void readme_listsAllFiles() {
        SharedTestdata.assumePresent();
        List<SharedTestdata.Entry> all = SharedTestdata.entries();
        assertEquals(166, all.size());
    }

    @ParameterizedTest
    @MethodSource("entries")
    void read_sharedFile_parsesWithTheReadmeSyntax(SharedTestdata.Entry entry) throws IOException {
        SharedTestdata.assumePresent();
        try (FileByteSource src = new FileByteSource(entry.path())) {
            DicomObject o;
            try {
                o = DicomReader.read(src);
            } catch (DicodecException e) {
                // Two files are truncated on purpose; the reader must say where.
                assertTrue(entry.broken(), entry.file() + " failed: " + e.getMessage());
                assertTrue(e.offset() > 0, e.getMessage());
                assertTrue(e.getMessage().contains("truncated"), e.getMessage());
                return;
            }
            assertNotNull(o.dataset());
            assertTrue(o.dataset().size() > 0, entry.file());
            if (entry.transferSyntax() != null) {
                assertEquals(entry.transferSyntax(), o.syntax().uid(), entry.file());
            } else {
                assertTrue(!o.hadFileMeta() || o.fileMeta().getString(Tag.TRANSFER_SYNTAX_UID) == null, entry.file());
            }
        }
    }
}
