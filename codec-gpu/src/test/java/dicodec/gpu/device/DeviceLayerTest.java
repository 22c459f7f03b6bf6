package dicodec.gpu.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.gpu.OpenClTesting;
import dicodec.gpu.stage.OpenClSampleLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jocl.CLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery and choice, the kernel cache, the cost model and the fallback on failure. */
class DeviceLayerTest {

    @Test
    void off_choosesNothing_andSaysWhy() {
        DeviceDiscovery.Choice c = DeviceDiscovery.choose(OpenClSettings.Mode.OFF);
        assertNull(c.candidate());
        assertTrue(c.reason().contains("off"), c.reason());
        OpenClRuntime r = OpenClRuntime.open(new OpenClSettings(OpenClSettings.Mode.OFF, 0));
        assertFalse(r.availability().available());
        assertEquals(7, r.run("x", 1_000_000, l -> 1, () -> 7), "the CPU twin runs");
    }

    @Test
    void auto_prefersAGpu_elseTheCpuDevice_andGpuModeNamesWhatItFound() {
        Assumptions.assumeTrue(OpenClTesting.runtime().platformFound());
        DeviceDiscovery.Choice auto = DeviceDiscovery.choose(OpenClSettings.Mode.AUTO);
        assertNotNull(auto.candidate(), auto.reason());
        boolean gpu = DeviceDiscovery.list().stream().anyMatch(c -> c.info().type().equals("GPU"));
        assertEquals(gpu ? "GPU" : DeviceDiscovery.list().stream().map(c -> c.info().type()).max(
                (a, b) -> Integer.compare(rank(a), rank(b))).orElseThrow(), auto.candidate().info().type());
        DeviceDiscovery.Choice gpuOnly = DeviceDiscovery.choose(OpenClSettings.Mode.GPU);
        if (!gpu && DeviceDiscovery.list().stream().noneMatch(c -> c.info().type().equals("ACCELERATOR"))) {
            assertNull(gpuOnly.candidate());
            assertTrue(gpuOnly.reason().startsWith("no GPU device among"), gpuOnly.reason());
        }
    }

    private static int rank(String type) {
        return switch (type) {
            case "GPU" -> 3;
            case "ACCELERATOR" -> 2;
            case "CPU" -> 1;
            default -> 0;
        };
    }

    @Test
    void settings_parseTheFourModes_andRefuseOthers() {
        assertEquals(OpenClSettings.Mode.AUTO, OpenClSettings.parseMode(null));
        assertEquals(OpenClSettings.Mode.OFF, OpenClSettings.parseMode("off"));
        assertEquals(OpenClSettings.Mode.GPU, OpenClSettings.parseMode("GPU"));
        assertEquals(OpenClSettings.Mode.CPU, OpenClSettings.parseMode(" cpu "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpenClSettings.parseMode("fast"));
        assertTrue(e.getMessage().contains("auto, gpu, cpu or off"));
    }

    @Test
    void programs_areCachedOnDisk_andANewRuntimeUsesTheBinary(@TempDir Path cache) throws Exception {
        Assumptions.assumeTrue(OpenClTesting.runtime().device() != null, "no OpenCL device: nothing to cache");
        String before = System.getProperty("dicodec.opencl.cache");
        System.setProperty("dicodec.opencl.cache", cache.toString());
        try {
            byte[] data = {1, 2, 3, 4, 5, 6};
            OpenClRuntime first = OpenClRuntime.open(new OpenClSettings(OpenClSettings.Mode.AUTO, 0));
            new OpenClSampleLayout(first).byteSwap(data, 2);
            assertArrayEquals(new byte[] {2, 1, 4, 3, 6, 5}, data);
            try (Stream<Path> files = Files.list(cache)) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("layout-")),
                        "a binary of layout.cl in the cache");
            }
            OpenClRuntime second = OpenClRuntime.open(new OpenClSettings(OpenClSettings.Mode.AUTO, 0));
            new OpenClSampleLayout(second).byteSwap(data, 2);
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, data);
            assertEquals(1, second.device().launches());
        } finally {
            if (before == null) {
                System.clearProperty("dicodec.opencl.cache");
            } else {
                System.setProperty("dicodec.opencl.cache", before);
            }
        }
    }

    @Test
    void smallWork_staysOnTheCpu() {
        Assumptions.assumeTrue(OpenClTesting.runtime().device() != null, "no OpenCL device");
        OpenClRuntime r = OpenClRuntime.open(new OpenClSettings(OpenClSettings.Mode.AUTO, 1000));
        assertEquals("cpu", r.run("small", 999, l -> "device", () -> "cpu"));
        assertEquals("device", r.run("large", 1000, l -> "device", () -> "cpu"));
    }

    @Test
    void aFailureOnTheDevice_fallsBackToTheCpu_andTurnsTheDeviceOffWithTheReason() {
        Assumptions.assumeTrue(OpenClTesting.runtime().device() != null, "no OpenCL device");
        OpenClRuntime r = OpenClRuntime.open(new OpenClSettings(OpenClSettings.Mode.AUTO, 0));
        assertTrue(r.availability().available());
        int got = r.run("broken stage", 100, l -> {
            throw new CLException("CL_OUT_OF_RESOURCES (simulated)");
        }, () -> 42);
        assertEquals(42, got);
        assertNull(r.device());
        assertFalse(r.availability().available());
        assertTrue(r.availability().reason().contains("broken stage")
                && r.availability().reason().contains("CL_OUT_OF_RESOURCES"), r.availability().reason());
        assertEquals(5, r.run("later", 100, l -> 0, () -> 5), "later calls go straight to the CPU");
    }

    @Test
    void aBufferAboveTheDeviceLimit_sendsOnlyThatCallToTheCpu() {
        Assumptions.assumeTrue(OpenClTesting.runtime().device() != null, "no OpenCL device");
        OpenClRuntime r = OpenClRuntime.open(new OpenClSettings(OpenClSettings.Mode.AUTO, 0));
        long tooBig = r.device().info().maxAllocation() + 1;
        assertEquals("cpu", r.run("huge", 100, l -> {
            l.buffer(0, tooBig);
            return "device";
        }, () -> "cpu"));
        assertTrue(r.availability().available(), "the device stays on");
    }
}
