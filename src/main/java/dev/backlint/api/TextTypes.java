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
        if (!type.isClassOrInterfaceType()) {
            return false;
        }
        // read from the node, not from its text: this is asked of every method of every file
        com.github.javaparser.ast.type.ClassOrInterfaceType written = type.asClassOrInterfaceType();
        return written.getTypeArguments().isEmpty() && written.getName().getIdentifier().equals("String")
                && written.getScope().map(scope -> scope.asString().equals("java.lang")).orElse(true);
    }

    /** Containers whose elements are what they carry. */
    private static final Set<String> CONTAINERS = Set.of("List", "Set", "Collection", "Iterable", "Optional",
            "Stream", "Map", "SortedSet", "Deque", "Queue", "java.util.List", "java.util.Set", "java.util.Optional");

    /**
     * Whether values of the type cannot carry text: primitives, numbers, booleans, UUIDs,
     * dates and times, and arrays and containers of them ({@code List<Long>}, {@code long[]};
     * not {@code byte[]} or {@code char[]}, which hold text encoded).
     */
    public static boolean holdsNoText(Type type) {
        if (type.isPrimitiveType() || NO_TEXT.contains(type.asString())) {
            return true;
        }
        if (type.isArrayType()) {
            Type component = type.asArrayType().getComponentType();
            boolean bytesOrChars = component.isPrimitiveType()
                    && (component.asString().equals("byte") || component.asString().equals("char"));
            return !bytesOrChars && holdsNoText(component); // bytes and chars are text encoded
        }
        if (type.isClassOrInterfaceType() && CONTAINERS.contains(type.asClassOrInterfaceType().getNameWithScope())) {
            return type.asClassOrInterfaceType().getTypeArguments()
                    .filter(arguments -> !arguments.isEmpty() && arguments.stream().allMatch(TextTypes::holdsNoText))
                    .isPresent();
        }
        return false;
    }

    /** Whether a method declared to return this type may return text. */
    public static boolean mayReturnText(Type type) {
        return TEXT_RESULTS.contains(type.asString());
    }

    /** Whether a property declared with this type (as written, without type arguments) may hold text. */
    public static boolean mayHoldText(String written) {
        return TEXT_HOLDERS.contains(written);
    }

    /**
     * A type as written, with its type arguments and without annotations or comments:
     * {@code Map<Long, Order>}, {@code List<? extends Number>}, {@code int}, {@code byte[]};
     * built without the pretty printer, which costs far more.
     */
    public static String written(Type type) {
        StringBuilder text = new StringBuilder(32);
        write(type, text);
        return text.toString();
    }

    private static void write(Type type, StringBuilder text) {
        if (type.isClassOrInterfaceType()) {
            com.github.javaparser.ast.type.ClassOrInterfaceType declared = type.asClassOrInterfaceType();
            declared.getScope().ifPresent(scope -> {
                write(scope, text);
                text.append('.');
            });
            text.append(declared.getName().getIdentifier());
            declared.getTypeArguments().ifPresent(arguments -> {
                text.append('<');
                for (int i = 0; i < arguments.size(); i++) {
                    if (i > 0) {
                        text.append(", ");
                    }
                    write(arguments.get(i), text);
                }
                text.append('>');
            });
        } else if (type.isArrayType()) {
            write(type.asArrayType().getComponentType(), text);
            text.append("[]");
        } else if (type.isWildcardType()) {
            com.github.javaparser.ast.type.WildcardType wildcard = type.asWildcardType();
            text.append('?');
            wildcard.getExtendedType().ifPresent(bound -> write(bound, text.append(" extends ")));
            wildcard.getSuperType().ifPresent(bound -> write(bound, text.append(" super ")));
        } else {
            text.append(type.asString());
        }
    }
}
