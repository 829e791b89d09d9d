package opt.case57;

import java.util.Optional;
import java.util.regex.Pattern;

public final class TenantHeaders {

    public static final String HEADER = "X-Tenant-Id";
    private static final Pattern VALID = Pattern.compile("[a-z0-9-]{3,40}");

    private TenantHeaders() {
    }

    public static Optional<String> extractTenant(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        String trimmed = headerValue.trim().toLowerCase();
        return VALID.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }
}
