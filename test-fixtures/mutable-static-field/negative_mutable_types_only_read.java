// static final HashMap, ArrayList, arrays and a Date that methods only read, or copy (new ArrayList, clone, Arrays.copyOf) before changing the copy.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class OAuthScopeResolver {

    private static final List<String> DEFAULT_SCOPES = new ArrayList<>(List.of("openid", "profile"));
    private static final HashMap<String, Integer> PRIORITY = new HashMap<>(Map.of("admin", 0, "support", 1, "customer", 2));

    List<String> scopes(String role, boolean offline) {
        List<String> scopes = new ArrayList<>(DEFAULT_SCOPES);
        if (offline) {
            scopes.add("offline_access");
        }
        if (PRIORITY.getOrDefault(role, 9) == 0) {
            scopes.add("admin");
        }
        return scopes;
    }

    boolean isDefault(String scope) {
        return DEFAULT_SCOPES.contains(scope) || DEFAULT_SCOPES.stream().anyMatch(s -> s.equalsIgnoreCase(scope));
    }
}

final class CsvLayout {

    private static final String[] HEADERS = {"id", "email", "created_at"};
    private static final int[] COLUMN_WIDTHS = {12, 40, 20};
    private static final Date EPOCH = new Date(0L);

    private CsvLayout() {
    }

    static String[] headersWith(String extra) {
        String[] headers = Arrays.copyOf(HEADERS, HEADERS.length + 1);
        headers[HEADERS.length] = extra;
        return headers;
    }

    static int[] widths(boolean compact) {
        int[] widths = COLUMN_WIDTHS.clone();
        if (compact) {
            widths[1] = 24;
        }
        return widths;
    }

    static int totalWidth() {
        int total = 0;
        for (int width : COLUMN_WIDTHS) {
            total += width;
        }
        return total;
    }

    static boolean valid(Date createdAt) {
        return createdAt.after(EPOCH) && HEADERS[0].equals("id");
    }
}
