package dicodec.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The batch report, CSV or JSON by the file's extension, one row per file in the order the
 * files finished: file, result, reason, input bytes, output bytes, ratio, milliseconds. It is
 * written to a temporary file as the batch goes and renamed into place at the end, so a report
 * under its name is always a whole one.
 */
abstract class ReportWriter implements AutoCloseable {
    static final String[] COLUMNS = {"file", "result", "reason", "input_bytes", "output_bytes", "ratio", "millis"};

    private final AtomicFile file;
    protected final Writer out;

    protected ReportWriter(AtomicFile file) {
        this.file = file;
        OutputStream os = file.stream();
        this.out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    }

    /** A CSV report for a .csv path, JSON for .json; anything else is refused. */
    static ReportWriter open(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            throw dicodec.core.error.DicodecException.badInput("--report " + path
                    + ": the name must end with .csv or .json (the format follows it)");
        }
        java.nio.file.Files.createDirectories(path.toAbsolutePath().getParent());
        AtomicFile f = AtomicFile.create(path.toAbsolutePath());
        return name.endsWith(".csv") ? new Csv(f) : new JsonArray(f);
    }

    abstract void row(FileOutcome o) throws IOException;

    protected abstract void finish() throws IOException;

    /** Writes the end of the report and puts it in place. */
    void commit() throws IOException {
        finish();
        out.flush();
        file.commit();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    static String ratio(FileOutcome o) {
        double r = o.ratio();
        return Double.isNaN(r) ? "" : String.format(Locale.ROOT, "%.3f", r);
    }

    /** RFC 4180: a header line, fields quoted when they hold a comma, quote or line break. */
    private static final class Csv extends ReportWriter {
        Csv(AtomicFile f) throws IOException {
            super(f);
            out.write(String.join(",", COLUMNS) + "\r\n");
        }

        @Override
        void row(FileOutcome o) throws IOException {
            out.write(field(o.file()) + "," + o.result().label() + "," + field(o.reason()) + "," + o.inputBytes()
                    + "," + (o.outputBytes() < 0 ? "" : o.outputBytes()) + "," + ratio(o) + "," + o.millis() + "\r\n");
        }

        @Override
        protected void finish() {
        }

        private static String field(String s) {
            if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
                return s;
            }
            return '"' + s.replace("\"", "\"\"") + '"';
        }
    }

    /** A JSON array of objects with the columns as keys; a missing output size or ratio is null. */
    private static final class JsonArray extends ReportWriter {
        private boolean first = true;

        JsonArray(AtomicFile f) throws IOException {
            super(f);
            out.write("[");
        }

        @Override
        void row(FileOutcome o) throws IOException {
            out.write((first ? "\n" : ",\n") + "  {\"file\": " + Json.quote(o.file()) + ", \"result\": "
                    + Json.quote(o.result().label()) + ", \"reason\": " + Json.quote(o.reason())
                    + ", \"input_bytes\": " + o.inputBytes() + ", \"output_bytes\": "
                    + (o.outputBytes() < 0 ? "null" : String.valueOf(o.outputBytes())) + ", \"ratio\": "
                    + (Double.isNaN(o.ratio()) ? "null" : ratio(o)) + ", \"millis\": " + o.millis() + "}");
            first = false;
        }

        @Override
        protected void finish() throws IOException {
            out.write(first ? "]\n" : "\n]\n");
        }
    }
}
