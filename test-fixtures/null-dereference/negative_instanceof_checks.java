// Nullable values tested with instanceof before use (instanceof is false for null): pattern matching on a session attribute and a cause, a classic instanceof and cast on a Map.get, and a negated pattern with an early return.
import java.sql.SQLException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

class SessionPrincipalResolver {

    record StaffPrincipal(String username, String department) {
    }

    String department(HttpServletRequest request) {
        HttpSession session = request.getSession();
        if (session.getAttribute("principal") instanceof StaffPrincipal staff) {
            return staff.department().toLowerCase();
        }
        return "none";
    }

    String username(HttpSession session) {
        Object principal = session.getAttribute("principal");
        if (!(principal instanceof StaffPrincipal staff)) {
            return "anonymous";
        }
        return staff.username().trim();
    }

    int timeoutSeconds(Map<String, Object> settings) {
        Object value = settings.get("session.timeout");
        if (value instanceof Number) {
            return ((Number) value).intValue();
        }
        return 1800;
    }

    String sqlState(RuntimeException failure) {
        if (failure.getCause() instanceof SQLException sql) {
            return String.valueOf(sql.getErrorCode());
        }
        return "unknown";
    }
}
