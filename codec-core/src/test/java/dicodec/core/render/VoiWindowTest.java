package dicodec.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import dicodec.core.io.Dataset;
import dicodec.core.io.DicomElement;
import dicodec.core.io.DicomObject;
import dicodec.core.io.DicomReader;
import dicodec.core.io.VR;
import dicodec.core.testing.SharedTestdata;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiWindowTest {
    @Test
    void apply_followsTheLinearFunctionOfPs33() {
        VoiWindow w = new VoiWindow(40, 400);
        // bounds: c - 0.5 -/+ (w - 1) / 2 = -160 and 239
        assertEquals(0, w.apply(-160, 0, 255));
        assertEquals(1, w.apply(-159, 0, 255)); // ((-159 - 39.5) / 399 + 0.5) * 255 = 0.64
        assertEquals(128, w.apply(39.5, 0, 255)); // exactly the middle: 127.5 rounds up
        assertEquals(255, w.apply(239, 0, 255));
        assertEquals(255, w.apply(240, 0, 255));
        assertEquals(0, w.apply(-1000, 0, 255));
    }

    @Test
    void apply_widthOne_isAThreshold() {
        VoiWindow w = new VoiWindow(100, 1);
        assertEquals(0, w.apply(99.5, 0, 255));
        assertEquals(255, w.apply(99.6, 0, 255));
    }

    @Test
    void new_widthBelowOne_throwsBadInputNamingWindowWidth() {
        DicodecException e = assertThrows(DicodecException.class, () -> new VoiWindow(10, 0.5));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("(0028,1051)"), e.getMessage());
    }

    @Test
    void parse_centerCommaWidth() {
        assertEquals(new VoiWindow(-600, 1500), VoiWindow.parse("-600,1500"));
        assertThrows(DicodecException.class, () -> VoiWindow.parse("40"));
        assertThrows(DicodecException.class, () -> VoiWindow.parse("40,x"));
    }

    @Test
    void fromDataset_classicObject_takesTheFirstWindow() throws Exception {
        try (DicomObject o = read("pylibjpeg-data/LittleEndianExplicit/MR_small.dcm")) {
            assertEquals(new VoiWindow(600, 1600), VoiWindow.fromDataset(o.dataset(), 0));
        }
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(VoiWindow.WINDOW_CENTER, VR.DS, "40\\-600"));
        ds.put(DicomElement.ofString(VoiWindow.WINDOW_WIDTH, VR.DS, "400\\1500"));
        assertEquals(new VoiWindow(40, 400), VoiWindow.fromDataset(ds, 0));
    }

    @Test
    void fromDataset_noWindow_isNull() throws Exception {
        try (DicomObject o = read("pydicom-data/SC_rgb.dcm")) {
            assertNull(VoiWindow.fromDataset(o.dataset(), 0));
        }
    }

    @Test
    void fromDataset_enhancedObject_readsTheSharedFunctionalGroups() throws Exception {
        try (DicomObject o = read("pydicom-data/eCT_Supplemental.dcm")) {
            assertEquals(new VoiWindow(49, 102), VoiWindow.fromDataset(o.dataset(), 1));
            assertEquals(new Rescale(1, -1024), Rescale.fromDataset(o.dataset(), 1));
        }
    }

    @Test
    void fromDataset_perFrameGroup_winsOverSharedAndTopLevel() {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(VoiWindow.WINDOW_CENTER, VR.DS, "1"));
        ds.put(DicomElement.ofString(VoiWindow.WINDOW_WIDTH, VR.DS, "2"));
        ds.put(DicomElement.ofSequence(FunctionalGroups.SHARED, List.of(group(5, 50))));
        ds.put(DicomElement.ofSequence(FunctionalGroups.PER_FRAME, List.of(group(40, 400), new Dataset())));
        assertEquals(new VoiWindow(40, 400), VoiWindow.fromDataset(ds, 0));
        assertEquals(new VoiWindow(5, 50), VoiWindow.fromDataset(ds, 1), "frame 2 has no window of its own");
    }

    @Test
    void fromDataset_unusableWidth_isNull() {
        Dataset ds = new Dataset();
        ds.put(DicomElement.ofString(VoiWindow.WINDOW_CENTER, VR.DS, "40"));
        ds.put(DicomElement.ofString(VoiWindow.WINDOW_WIDTH, VR.DS, "0"));
        assertNull(VoiWindow.fromDataset(ds, 0));
    }

    private static Dataset group(double c, double w) {
        Dataset voi = new Dataset();
        voi.put(DicomElement.ofString(VoiWindow.WINDOW_CENTER, VR.DS, String.valueOf(c)));
        voi.put(DicomElement.ofString(VoiWindow.WINDOW_WIDTH, VR.DS, String.valueOf(w)));
        Dataset g = new Dataset();
        g.put(DicomElement.ofSequence(VoiWindow.FRAME_VOI_LUT_SEQUENCE, List.of(voi)));
        return g;
    }

    static DicomObject read(String file) throws java.io.IOException {
        SharedTestdata.assumePresent();
        return DicomReader.read(SharedTestdata.dir().resolve(file));
    }
}
