package dicodec.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dicodec.core.spi.Availability;
import dicodec.nativecodec.NativeLibraries;
import org.junit.jupiter.api.Test;

class NativeLibraryTest {

    @Test
    void availability_missingBindingClass_isUnavailableWithTheReasonAndDoesNotThrow() {
        NativeLibrary lib = new NativeLibrary("nothing", "dicodec.bindings.NoSuchBinding");
        Availability a = lib.availability();
        assertFalse(a.available());
        assertTrue(a.reason().contains("nothing not loaded") && a.reason().contains("NoSuchBinding"), a.reason());
        assertEquals(a, lib.availability(), "the first answer is kept");
    }

    @Test
    void availability_charLs_loadsOnThisMachine() {
        Availability a = NativeLibraries.CHARLS.availability();
        assertTrue(a.available(), a.reason());
    }
}
