// A helper that returns null for a blank text argument is a source where the caller passes a value that may be missing.
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.StringUtils;

final class ColumnNames {

    private ColumnNames() {
    }

    static String qualified(String table, String column) {
        if (!StringUtils.hasText(column)) {
            return null;
        }
        return table + "." + column;
    }
}

class SortParameter {

    String orderBy(HttpServletRequest request) {
        String column = request.getParameter("sort");
        String qualified = ColumnNames.qualified("orders", column);
        return qualified.toLowerCase();  // expect: null-dereference "qualified("
    }

    boolean sortable(String column) {
        return ColumnNames.qualified("orders", column) != null;
    }
}
