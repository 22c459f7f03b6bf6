package dicodec.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.device.OpenClSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code dicodec info --capabilities}: the OpenCL device of the process (or "none" with the
 * reason), the stages and the backends as GetCapabilities gives them; a usage error without IN.
 */
class InfoCapabilitiesTest {

    @Test
    void capabilities_nameTheOpenClDeviceOrWhyNone() {
        CliRun run = CliRun.of("info", "--capabilities");
        assertEquals(0, run.exitCode(), run.err());
        OpenClRuntime r = OpenClRuntime.get();
        String opencl = run.field("OpenCL");
        assertNotNull(opencl, run.out());
        if (r.device() != null) {
            assertEquals(r.device().info().toString(), opencl);
            assertTrue(run.field("OpenCL Batch").startsWith("up to 64 MiB"), run.out());
            assertTrue(run.field("Backend opencl").startsWith("available, codecs: ") && run.field("Backend opencl").contains("rle"), run.out());
            assertTrue(run.field("Stages").startsWith("opencl on "), run.out());
        } else {
            assertEquals("none (" + r.availability().reason() + ")", opencl);
            assertNull(run.field("OpenCL Batch"));
            assertTrue(run.field("Backend opencl").startsWith("unavailable ("), run.out());
            assertEquals("java", run.field("Stages"));
        }
        assertTrue(run.field("Backend java").startsWith("available"), run.out());
        assertTrue(run.field("Syntax rle").startsWith("read write 1.2.840.10008.1.2.5"), run.out());
    }

    @Test
    void openClOff_saysNoneAndWhy() {
        StringWriter out = new StringWriter();
        OpenClRuntime off = OpenClRuntime.open(new OpenClSettings(OpenClSettings.Mode.OFF, 0));
        CapabilitiesText.printOpenCl(new PrintWriter(out, true), off);
        assertEquals("OpenCL: none (OpenCL is off by configuration (dicodec.opencl / DICODEC_OPENCL / opencl: off))",
                out.toString().trim());
    }

    @Test
    void infoWithoutInOrCapabilities_isAUsageError() {
        CliRun run = CliRun.of("info");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("info needs IN (or --capabilities)"), run.err());
    }
}
