// A report filter guard that scans user SQL fragments in `while (pos < sql.length() - 1)` reading `sql.charAt(pos + 1)` for comment markers.
import org.springframework.stereotype.Component;

@Component
class SqlFragmentGuard {

    public boolean containsComment(String sql) {
        int pos = 0;
        while (pos < sql.length() - 1) {
            char c = sql.charAt(pos);
            char next = sql.charAt(pos + 1);
            if ((c == '-' && next == '-') || (c == '/' && next == '*')) {
                return true;
            }
            pos++;
        }
        return false;
    }

    public String requireSafe(String fragment) {
        if (containsComment(fragment) || fragment.indexOf(';') >= 0) {
            throw new IllegalArgumentException("Unsupported filter expression");
        }
        return fragment;
    }
}
