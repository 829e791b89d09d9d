// User of the current JAX-RS request, as resolved from the bearer token.
package singletons.case32;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

@RequestScoped
public class CurrentUserContext {

    private String userId;
    private Set<String> roles = Set.of();
    private boolean serviceAccount;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = Set.copyOf(roles);
    }

    public boolean isServiceAccount() {
        return serviceAccount;
    }

    public void markServiceAccount() {
        serviceAccount = true;
    }
}
