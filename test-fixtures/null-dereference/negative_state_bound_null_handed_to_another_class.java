// A null that another class returns only for its own state (a scope it creates on demand, unless no server is set up), handed on to a static helper of a third class: how the states line up, no one file tells, and it is not reported.
import java.util.HashMap;
import java.util.Map;

class ScopeRegistry {

    private final Map<String, String> scopes = new HashMap<>();
    private String server;

    String initializeScope(String name) {
        if (server == null) {
            return null;
        }
        return scopes.computeIfAbsent(name, key -> server + ":" + key);
    }

    boolean hasScope(String name) {
        return initializeScope(name) != null;
    }
}

final class PermissionHelper {

    private PermissionHelper() {
    }

    static String permissionFor(String scope) {
        return "permission:" + scope.toUpperCase();
    }
}

class GroupPermissionsSetup {

    String setUp(ScopeRegistry registry) {
        String manage = registry.initializeScope("manage");
        return PermissionHelper.permissionFor(manage);
    }
}
