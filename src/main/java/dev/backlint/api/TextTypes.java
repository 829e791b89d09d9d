package dev.backlint.api;

import com.github.javaparser.ast.type.Type;
import java.util.Set;

/**
 * Which types, as written in the source, carry text: the one place that decides it for
 * facts, flow analyses, matchers and rules.
 */
public final class TextTypes {

    /** Types whose values cannot carry text such as SQL syntax (with the primitives). */
    private static final Set<String> NO_TEXT = Set.of("Integer", "Long", "Short", "Byte", "Double", "Float",
            "Boolean", "Character", "UUID", "BigDecimal", "BigInteger", "LocalDate", "LocalDateTime", "LocalTime",
            "OffsetDateTime", "ZonedDateTime", "Instant", "Duration", "java.lang.Integer", "java.lang.Long",
            "java.lang.Boolean", "java.util.UUID");

    /** Types a method may return text as: strings, builders, arrays of strings, and {@code Object}. */
    private static final Set<String> TEXT_RESULTS = Set.of("String", "java.lang.String", "CharSequence",
            "Object", "StringBuilder", "StringBuffer", "String[]");

    /** Types of a property that may hold text read from a bound request object. */
    private static final Set<String> TEXT_HOLDERS = Set.of("String", "java.lang.String", "CharSequence",
            "StringBuilder", "List", "Set", "Collection", "Map", "Optional");

    private TextTypes() {
    }

    /** {@code String} or {@code java.lang.String}. */
    public static boolean isString(String written) {
        return written.equals("String") || written.equals("java.lang.String");
    }

    public static boolean isString(Type type) {
        return isString(type.asString());
    }

    /** Whether values of the type cannot carry text: primitives, numbers, booleans, UUIDs, dates and times. */
    public static boolean holdsNoText(Type type) {
        return type.isPrimitiveType() || NO_TEXT.contains(type.asString());
    }

    /** Whether a method declared to return this type may return text. */
    public static boolean mayReturnText(Type type) {
        return TEXT_RESULTS.contains(type.asString());
    }

    /** Whether a property declared with this type (as written, without type arguments) may hold text. */
    public static boolean mayHoldText(String written) {
        return TEXT_HOLDERS.contains(written);
    }
}
