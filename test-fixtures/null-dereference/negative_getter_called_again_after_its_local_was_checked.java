// A request getter kept in a local, checked, and then called again instead of the local: the request returns the same value, so the second call is as checked as the local.
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

class AuditEventFactory {

    String actor(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            return request.getUserPrincipal().getName();
        }
        String user = request.getRemoteUser();
        if (user == null) {
            return "anonymous";
        }
        return request.getRemoteUser().toLowerCase();
    }
}
