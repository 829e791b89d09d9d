package dev.backlint.bench;

import java.util.List;

/** What the generator knows about the Java types of entity fields. */
final class Types {

    private Types() {
    }

    static List<String> imports(String type) {
        return switch (type) {
            case "BigDecimal" -> List.of("java.math.BigDecimal");
            case "Instant" -> List.of("java.time.Instant");
            case "LocalDate" -> List.of("java.time.LocalDate");
            default -> List.of();
        };
    }

    /** Reads {@code field} from a {@code ResultSet rs}; instants go through the DAO's {@code instant} helper. */
    static String read(Field field) {
        String column = Text.quote(field.column());
        return switch (field.type()) {
            case "Long" -> "rs.getLong(" + column + ")";
            case "Integer" -> "rs.getInt(" + column + ")";
            case "BigDecimal" -> "rs.getBigDecimal(" + column + ")";
            case "Boolean" -> "rs.getBoolean(" + column + ")";
            case "Instant" -> "instant(rs.getTimestamp(" + column + "))";
            case "LocalDate" -> "rs.getObject(" + column + ", LocalDate.class)";
            default -> "rs.getString(" + column + ")";
        };
    }

    /** {@code value} as a JDBC argument; instants go through the DAO's {@code timestamp} helper. */
    static String jdbcArgument(Field field, String value) {
        return field.type().equals("Instant") ? "timestamp(" + value + ")" : value;
    }

    /** A literal of {@code type} for tests and defaults; {@code n} varies it. */
    static String sample(Field field, long n) {
        return switch (field.type()) {
            case "Long" -> n + "L";
            case "Integer" -> Long.toString(n % 50 + 1);
            case "BigDecimal" -> "new BigDecimal(\"" + (n % 90 + 10) + ".50\")";
            case "Boolean" -> "Boolean.FALSE";
            case "Instant" -> "Instant.parse(\"2024-03-" + (10 + n % 18) + "T10:15:30Z\")";
            case "LocalDate" -> "LocalDate.of(2024, 3, " + (1 + n % 28) + ")";
            default -> Text.quote(Text.kebab(field.name()) + "-" + n);
        };
    }
}
