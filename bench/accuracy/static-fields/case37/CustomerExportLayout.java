// Column layout of the customer export and the e-mail domains left out of it.
package staticfields.case37;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

public final class CustomerExportLayout {

    private static final String[] HEADERS = {"id", "name", "email", "country", "created_at"};
    private static final Set<String> INTERNAL_DOMAINS = new HashSet<>(Arrays.asList("example.com", "staff.example.com"));

    private CustomerExportLayout() {
    }

    public static String[] headers() {
        return HEADERS.clone();
    }

    public static int columnCount() {
        return HEADERS.length;
    }

    public static boolean isInternal(String email) {
        return INTERNAL_DOMAINS.contains(email.substring(email.indexOf('@') + 1).toLowerCase());
    }
}
