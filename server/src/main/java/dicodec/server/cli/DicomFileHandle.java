package dicodec.server.cli;

import dicodec.core.error.DicodecException;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.FileByteSource;
import java.io.IOException;
import java.nio.file.Path;

/** An object read from a file, holding the file open for its bulk values until closed. */
final class DicomFileHandle implements AutoCloseable {
    private final FileByteSource source;
    private final DicomObject object;

    private DicomFileHandle(FileByteSource source, DicomObject object) {
        this.source = source;
        this.object = object;
    }

    static DicomFileHandle open(Path file) throws IOException {
        FileByteSource src = new FileByteSource(file);
        try {
            return new DicomFileHandle(src, DicomReader.read(src));
        } catch (DicodecException e) {
            src.close();
            throw e.inFile(String.valueOf(file.getFileName()));
        } catch (RuntimeException e) {
            src.close();
            throw e;
        }
    }

    DicomObject object() {
        return object;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
