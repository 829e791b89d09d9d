package eval5.case23;

import java.util.Locale;

/** Translates the sort keys accepted by the public API into physical columns. */
public final class SortColumns {

    private SortColumns() {
    }

    public static String employeeColumn(String requested) {
        if (requested == null) {
            return "e.last_name";
        }
        return switch (requested.toLowerCase(Locale.ROOT)) {
            case "first", "firstname" -> "e.first_name";
            case "hired", "hiredate" -> "e.hired_on";
            case "department" -> "d.name";
            default -> "e.last_name";
        };
    }

    public static String direction(String requested) {
        return "desc".equalsIgnoreCase(requested) ? "DESC" : "ASC";
    }
}
