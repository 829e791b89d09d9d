// A permission checker where a String local shadows an enum field of the same name and is compared with ==.
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

enum StaffRole {
    ADMIN,
    SUPPORT,
    VIEWER
}

@Component
public class StaffPermissionChecker {

    private StaffRole role = StaffRole.VIEWER;

    public boolean isConfiguredAdmin() {
        return role == StaffRole.ADMIN;
    }

    public boolean headerClaimsAdmin(HttpServletRequest request) {
        String role = request.getHeader("X-Staff-Role");
        return role == "ADMIN"; // expect: string-reference-equality "`role`"
    }

    public boolean headerMatchesField(HttpServletRequest request) {
        String role = request.getHeader("X-Staff-Role");
        return role != this.role.name(); // expect: string-reference-equality "`role`"
    }
}
