// Crockford Base32 form of order references printed on parcel labels.
package staticfields.case28;

import java.util.Arrays;

public final class ParcelReferenceCodec {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int[] DECODE = new int[128];

    static {
        Arrays.fill(DECODE, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            DECODE[ALPHABET[i]] = i;
            DECODE[Character.toLowerCase(ALPHABET[i])] = i;
        }
        DECODE['O'] = 0;
        DECODE['o'] = 0;
        DECODE['I'] = 1;
        DECODE['i'] = 1;
        DECODE['L'] = 1;
        DECODE['l'] = 1;
    }

    private ParcelReferenceCodec() {
    }

    public static String encode(long value) {
        var out = new StringBuilder();
        do {
            out.append(ALPHABET[(int) (value & 31)]);
            value >>>= 5;
        } while (value != 0);
        return out.reverse().toString();
    }

    public static long decode(String text) {
        long value = 0;
        for (char c : text.toCharArray()) {
            if (c == '-') {
                continue;
            }
            int digit = c < DECODE.length ? DECODE[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not a parcel reference: " + text);
            }
            value = (value << 5) | digit;
        }
        return value;
    }
}
