// A method whose null comes from a test of its data, even data named like permissions, is a source: only a call that decides access (isAuthorized, hasPermission, an evaluation of a pre-authorize rule) makes a null the caller cannot meet.
import java.util.List;
import java.util.Set;

class GrantPlanner {

    record Permission(String resource, Set<String> scopes) {
    }

    Permission narrowed(Permission permission, Set<String> requested) {
        if (!requested.isEmpty() && permission.scopes().isEmpty()) {
            return null;
        }
        return new Permission(permission.resource(), requested);
    }

    int grant(List<Permission> permissions, Set<String> requested) {
        int granted = 0;
        for (Permission permission : permissions) {
            Permission scoped = narrowed(permission, requested);
            if (scoped != null) {
                granted++;
            }
            granted += scoped.scopes().size();  // expect: null-dereference "scoped"
        }
        return granted;
    }
}
