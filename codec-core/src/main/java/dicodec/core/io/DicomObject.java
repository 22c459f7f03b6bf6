package dicodec.core.io;

import dicodec.core.syntax.TransferSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * A DICOM object as read: its file meta (empty for a bare data set), its data set, the
 * syntax the data set was encoded in, and the warnings raised while reading what could be
 * repaired.
 */
public final class DicomObject implements java.io.Closeable {
    private final String name;
    private final Dataset fileMeta;
    private final Dataset dataset;
    private final TransferSyntax syntax;
    private final boolean hadFileMeta;
    private final List<String> warnings;
    private ByteSource source;

    public DicomObject(String name, Dataset fileMeta, Dataset dataset, TransferSyntax syntax, boolean hadFileMeta,
            List<String> warnings) {
        this.name = name;
        this.fileMeta = fileMeta;
        this.dataset = dataset;
        this.syntax = syntax;
        this.hadFileMeta = hadFileMeta;
        this.warnings = new ArrayList<>(warnings);
    }

    public String name() {
        return name;
    }

    public Dataset fileMeta() {
        return fileMeta;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The syntax the data set was read in (from the file meta, or detected). */
    public TransferSyntax syntax() {
        return syntax;
    }

    public boolean hadFileMeta() {
        return hadFileMeta;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The source the bulk values are read from; closed by {@link #close()}. */
    DicomObject withSource(ByteSource src) {
        this.source = src;
        return this;
    }

    /** Closes the source (the file) the object was read from; its bulk values are gone then. */
    @Override
    public void close() throws java.io.IOException {
        if (source != null) {
            source.close();
        }
    }
}
