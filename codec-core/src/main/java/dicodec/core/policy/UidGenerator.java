package dicodec.core.policy;

import dicodec.core.error.DicodecException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * New UIDs for derived instances (PS3.5 9.1): by default the 2.25 form of a random UUID
 * (PS3.5 B.2), which needs no registered root; or an organisation root followed by random
 * digits. Either way at most 64 characters, digits and dots only, no component with a
 * leading zero.
 */
public final class UidGenerator {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LENGTH = 64;

    private final String root;

    /** {@code root} null or empty: the 2.25 UUID form. */
    public UidGenerator(String root) {
        if (root != null && !root.isEmpty() && !isValid(root)) {
            throw DicodecException.badInput("invalid UID root '" + root + "': digits and dots, no leading zeros");
        }
        if (root != null && root.length() > MAX_LENGTH - 10) {
            throw DicodecException.badInput("UID root '" + root + "' leaves fewer than 10 digits for uniqueness");
        }
        this.root = root == null || root.isEmpty() ? null : root;
    }

    public static UidGenerator uuidBased() {
        return new UidGenerator(null);
    }

    public String newUid() {
        if (root == null) {
            UUID u = UUID.randomUUID();
            BigInteger value = new BigInteger(1, toBytes(u));
            return "2.25." + value; // at most 39 digits: 44 characters
        }
        int room = MAX_LENGTH - root.length() - 1;
        StringBuilder sb = new StringBuilder(root).append('.');
        sb.append(1 + RANDOM.nextInt(9)); // no leading zero
        for (int i = 1; i < Math.min(room, 30); i++) {
            sb.append(RANDOM.nextInt(10));
        }
        return sb.toString();
    }

    private static byte[] toBytes(UUID u) {
        byte[] b = new byte[16];
        long hi = u.getMostSignificantBits();
        long lo = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    /** PS3.5 9.1: digits and dots, components without leading zeros, at most 64 characters. */
    public static boolean isValid(String uid) {
        if (uid == null || uid.isEmpty() || uid.length() > MAX_LENGTH) {
            return false;
        }
        for (String part : uid.split("\\.", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isDigit)
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }
}
