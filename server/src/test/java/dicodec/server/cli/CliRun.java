package dicodec.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in this JVM and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DicodecCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The value of a "Key: value" line of the output, or null. */
    String field(String key) {
        for (String line : out.split("\n")) {
            if (line.startsWith(key + ": ")) {
                return line.substring(key.length() + 2).trim();
            }
        }
        return null;
    }
}
