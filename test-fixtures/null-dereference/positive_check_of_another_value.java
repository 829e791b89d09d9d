// The check tests a different value than the one dereferenced: another header is reported; another local of the program's own, and map.get("smtp.host") checked before map.get("smtp.port"), are not sources.
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

class NotificationSettingsReader {

    record SmtpSettings(String host, int port) {
    }

    SmtpSettings smtp(Map<String, String> properties) {
        if (properties.get("smtp.host") == null) {
            throw new IllegalStateException("smtp.host is not configured");
        }
        String host = properties.get("smtp.host").trim();
        int port = Integer.parseInt(properties.get("smtp.port").trim());
        return new SmtpSettings(host, port);
    }

    String replyTo(HttpServletRequest request) {
        String forwardedFor = request.getHeader("X-Forwarded-For");
        String replyTo = request.getHeader("X-Reply-To");
        if (forwardedFor != null) {
            return replyTo.toLowerCase();  // expect: null-dereference "getHeader("
        }
        return "noreply@example.com";
    }

    String locale(Map<String, String> userPreferences, Map<String, String> tenantDefaults, String key) {
        String preferred = userPreferences.get(key);
        String fallback = tenantDefaults.get(key);
        return preferred != null ? preferred : fallback.toLowerCase();
    }
}
