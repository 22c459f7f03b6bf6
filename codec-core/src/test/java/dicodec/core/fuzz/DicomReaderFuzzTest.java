package dicodec.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the DICOM parser: reading, the pixel description, every frame and codestream header.
 * Regression mode (the default) runs the committed inputs in DicomReaderFuzzTestInputs;
 * {@code bash scripts/fuzz.sh} fuzzes it.
 */
class DicomReaderFuzzTest {
    @BeforeAll
    static void seeds() {
        FuzzSeeds.writeForFuzzing(DicomReaderFuzzTest.class, "parse", FuzzSeeds.objectBytes());
    }

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] data) {
        FuzzHarness.parse(data);
    }
}
