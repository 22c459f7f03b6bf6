package dicodec.core.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UidGeneratorTest {

    @Test
    void newUid_uuidForm_isValidAndUnique() {
        UidGenerator g = UidGenerator.uuidBased();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String uid = g.newUid();
            assertTrue(uid.startsWith("2.25."), uid);
            assertTrue(UidGenerator.isValid(uid), uid);
            assertTrue(seen.add(uid), "duplicate " + uid);
        }
    }

    @Test
    void newUid_withOrgRoot_startsWithItAndStaysWithin64() {
        UidGenerator g = new UidGenerator("1.2.826.0.1.3680043.10.1234");
        for (int i = 0; i < 500; i++) {
            String uid = g.newUid();
            assertTrue(uid.startsWith("1.2.826.0.1.3680043.10.1234."), uid);
            assertTrue(UidGenerator.isValid(uid) && uid.length() <= 64, uid);
        }
        assertNotEquals(g.newUid(), g.newUid());
    }

    @Test
    void isValid_leadingZeroOrLetters_isFalse() {
        assertFalse(UidGenerator.isValid("1.02.3"));
        assertFalse(UidGenerator.isValid("1.2.a"));
        assertFalse(UidGenerator.isValid("1..2"));
        assertFalse(UidGenerator.isValid("1." + "1".repeat(64)));
        assertTrue(UidGenerator.isValid("1.0.2"));
    }

    @Test
    void constructor_invalidRoot_isRefused() {
        assertThrows(dicodec.core.error.DicodecException.class, () -> new UidGenerator("1.02"));
    }
}
