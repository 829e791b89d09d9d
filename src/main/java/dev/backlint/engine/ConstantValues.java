package dev.backlint.engine;

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

    /** String methods folded when receiver and arguments are constants. */
    public static final java.util.Set<String> FOLDED_STRING_METHODS = java.util.Set.of("charAt", "length", "equals",
            "isEmpty", "substring", "toUpperCase", "toLowerCase", "trim");

    /** A binary operator applied to two constants as Java would, where it is folded. */
    public static Optional<Object> binary(com.github.javaparser.ast.expr.BinaryExpr.Operator operator,
                                          Object left, Object right) {
        if (operator == com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS) {
            return plus(left, right);
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return switch (operator) {
                case AND -> Optional.of(a && b);
                case OR -> Optional.of(a || b);
                case EQUALS -> Optional.of(a.equals(b));
                case NOT_EQUALS -> Optional.of(!a.equals(b));
                default -> Optional.empty();
            };
        }
        if (!isIntegral(left) || !isIntegral(right)) {
            return Optional.empty();
        }
        long a = integral(left);
        long b = integral(right);
        boolean wide = left instanceof Long || right instanceof Long;
        return switch (operator) {
            case MINUS -> number(a - b, wide);
            case MULTIPLY -> number(a * b, wide);
            case DIVIDE -> b == 0 ? Optional.empty() : number(a / b, wide);
            case REMAINDER -> b == 0 ? Optional.empty() : number(a % b, wide);
            case LESS -> Optional.of(a < b);
            case GREATER -> Optional.of(a > b);
            case LESS_EQUALS -> Optional.of(a <= b);
            case GREATER_EQUALS -> Optional.of(a >= b);
            case EQUALS -> Optional.of(a == b);
            case NOT_EQUALS -> Optional.of(a != b);
            default -> Optional.empty();
        };
    }

    /** {@code !b} and {@code -n} on constants. */
    public static Optional<Object> unary(com.github.javaparser.ast.expr.UnaryExpr.Operator operator, Object operand) {
        if (operator == com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && operand instanceof Boolean b) {
            return Optional.of(!b);
        }
        if (operator == com.github.javaparser.ast.expr.UnaryExpr.Operator.MINUS && isIntegral(operand)) {
            return number(-integral(operand), operand instanceof Long);
        }
        if (operator == com.github.javaparser.ast.expr.UnaryExpr.Operator.PLUS && isIntegral(operand)) {
            return Optional.of(operand);
        }
        return Optional.empty();
    }

    /** {@code "abc".charAt(1)} and the like, when every argument is a constant. */
    public static Optional<Object> stringMethod(String text, String method, java.util.List<Object> arguments) {
        try {
            return switch (method) {
                case "charAt" -> arguments.size() == 1 && arguments.get(0) instanceof Integer i
                        ? Optional.of(text.charAt(i)) : Optional.empty();
                case "length" -> arguments.isEmpty() ? Optional.of(text.length()) : Optional.empty();
                case "isEmpty" -> arguments.isEmpty() ? Optional.of(text.isEmpty()) : Optional.empty();
                case "equals" -> arguments.size() == 1 ? Optional.of(text.equals(arguments.get(0))) : Optional.empty();
                case "trim" -> arguments.isEmpty() ? Optional.of(text.trim()) : Optional.empty();
                case "toUpperCase" -> arguments.isEmpty() ? Optional.of(text.toUpperCase(java.util.Locale.ROOT))
                        : Optional.empty();
                case "toLowerCase" -> arguments.isEmpty() ? Optional.of(text.toLowerCase(java.util.Locale.ROOT))
                        : Optional.empty();
                case "substring" -> substring(text, arguments);
                default -> Optional.empty();
            };
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> substring(String text, java.util.List<Object> arguments) {
        if (arguments.size() == 1 && arguments.get(0) instanceof Integer from) {
            return Optional.of(text.substring(from));
        }
        if (arguments.size() == 2 && arguments.get(0) instanceof Integer from && arguments.get(1) instanceof Integer to) {
            return Optional.of(text.substring(from, to));
        }
        return Optional.empty();
    }

    private static Optional<Object> number(long value, boolean wide) {
        return Optional.of(wide ? (Object) value : (Object) (int) value);
    }
}
