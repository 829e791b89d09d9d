package gov.permits.api.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;

public class PermitSecurityContext implements SecurityContext {

    private final String officerId;
    private final Set<String> groups;
    private final boolean secure;

    public PermitSecurityContext(String officerId, Set<String> groups, boolean secure) {
        this.officerId = officerId;
        this.groups = groups;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return () -> officerId;
    }

    @Override
    public boolean isUserInRole(String role) {
        return groups.contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
