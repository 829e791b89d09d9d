// A method whose null comes from a test of the data it holds: the program's state decides it, and its callers are not reported.
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
            granted += scoped.scopes().size();
        }
        return granted;
    }
}
