package dicodec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** ./dicodec-spark's arguments: bad ones fail with one line and dicodec batch's exit code before Spark starts. */
class SparkBatchMainTest {
    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int code = SparkBatchMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return new Run(code, err.toString());
    }

    @Test
    void unknownSyntax_exit4AsInDicodecBatch_namesIt() {
        Run r = run("--to", "jpeg-9000", "/nowhere/src", "/nowhere/dst");
        assertEquals(4, r.code(), "UNSUPPORTED, as TransferSyntaxes.parse says for dicodec batch: " + r.err());
        assertTrue(r.err().startsWith("dicodec-spark: ") && r.err().contains("jpeg-9000"), r.err());
    }

    @Test
    void autoWithoutRules_exit2() {
        Run r = run("--to", "auto", "/nowhere/src", "/nowhere/dst");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--rules"), r.err());
    }

    @Test
    void reportFileName_exit2_asksForAFolder() {
        Run r = run("--to", "rle", "--report", "/tmp/r.csv", "/nowhere/src", "/nowhere/dst");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("name a folder"), r.err());
    }

    @Test
    void unknownOption_exit2() {
        Run r = run("--to", "rle", "--bogus", "/nowhere/src", "/nowhere/dst");
        assertEquals(2, r.code(), r.err());
    }
}
