package eval5.case36;

import java.util.Locale;

/** Helpers shared by the search screens to build WHERE fragments. */
public final class SqlFragments {

    private SqlFragments() {
    }

    /** Case-insensitive "contains" match; wildcard characters typed by the user are dropped. */
    public static String containsIgnoreCase(String column, String term) {
        String cleaned = term.replace("%", "").replace("_", "").toLowerCase(Locale.ROOT);
        return "lower(" + column + ") LIKE '%" + cleaned + "%'";
    }

    public static String and(String left, String right) {
        return "(" + left + ") AND (" + right + ")";
    }
}
