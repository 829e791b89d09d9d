// A webhook signature helper that decodes hex two characters at a time (`i += 2`, `hex.charAt(i + 1)`) under `i < hex.length() - 1`.
import java.security.MessageDigest;

final class HexSignatures {

    private HexSignatures() {
    }

    static byte[] decode(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("Odd-length hex string");
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < hex.length() - 1; i += 2) {
            int high = Character.digit(hex.charAt(i), 16);
            int low = Character.digit(hex.charAt(i + 1), 16);
            out[i / 2] = (byte) ((high << 4) | low);
        }
        return out;
    }

    static boolean matches(byte[] expected, String providedHex) {
        return MessageDigest.isEqual(expected, decode(providedHex));
    }
}
