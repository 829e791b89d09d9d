// A helper that returns null when a test of its argument fails is a source where the caller made no such test, or tested another value.
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
        return columns.size();  // expect: null-dereference "columns"
    }

    int otherTested(String pattern, String fallback) {
        if (fallback.endsWith("*")) {
            return expand(pattern).size();  // expect: null-dereference "expand(pattern)"
        }
        return 0;
    }
}
