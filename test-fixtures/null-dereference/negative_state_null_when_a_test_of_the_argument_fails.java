// A helper that returns null when a test of its argument fails, called with values of the program's own: not reported, whether or not the caller made the test.
import java.util.ArrayList;
import java.util.List;

class ColumnPatternExpander {

    private List<String> expand(String pattern) {
        if (!pattern.endsWith("*")) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        columns.add(pattern.replace("*", "id"));
        return columns;
    }

    int columnCount(String pattern) {
        List<String> columns = expand(pattern);
        return columns.size();
    }

    int otherTested(String pattern, String fallback) {
        if (fallback.endsWith("*")) {
            return expand(pattern).size();
        }
        return 0;
    }
}
