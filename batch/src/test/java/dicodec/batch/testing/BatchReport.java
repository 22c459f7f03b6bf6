package dicodec.batch.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of a batch CSV report, read with RFC 4180 quoting, keyed by file. */
public final class BatchReport {
    private BatchReport() {
    }

    public record Row(String file, String result, String reason, long inputBytes, String outputBytes, String ratio,
            long millis) {
    }

    public static Map<String, Row> read(Path csv) throws IOException {
        List<List<String>> records = parse(Files.readString(csv, StandardCharsets.UTF_8));
        if (!String.join(",", records.get(0)).equals("file,result,reason,input_bytes,output_bytes,ratio,millis")) {
            throw new AssertionError("unexpected header " + records.get(0));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != 7) {
                throw new AssertionError("a row of " + r.size() + " fields: " + r);
            }
            Row row = new Row(r.get(0), r.get(1), r.get(2), Long.parseLong(r.get(3)), r.get(4), r.get(5),
                    Long.parseLong(r.get(6)));
            if (rows.put(row.file(), row) != null) {
                throw new AssertionError(row.file() + " is reported twice");
            }
        }
        return rows;
    }

    /** RFC 4180 records (CRLF line ends, "" inside quotes), header included. */
    public static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            out.add(record);
        }
        return out;
    }
}
