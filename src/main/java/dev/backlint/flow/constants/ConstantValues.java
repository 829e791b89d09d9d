package dev.backlint.flow.constants;

import java.util.Optional;

/** Java's rules for combining compile-time constant values. */
public final class ConstantValues {

    private ConstantValues() {
    }

    /**
     * {@code left + right} as Java computes it for constants: string concatenation
     * when either side is a {@code String}, else integral addition with binary numeric
     * promotion. Other combinations are not folded.
     */
    public static Optional<Object> plus(Object left, Object right) {
        if (left instanceof String || right instanceof String) {
            return Optional.of(String.valueOf(left) + right);
        }
        if (isIntegral(left) && isIntegral(right)) {
            long sum = integral(left) + integral(right);
            boolean wide = left instanceof Long || right instanceof Long;
            return Optional.of(wide ? (Object) sum : (Object) (int) sum);
        }
        return Optional.empty();
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Character;
    }

    private static long integral(Object value) {
        return value instanceof Character c ? c : ((Number) value).longValue();
    }
}
