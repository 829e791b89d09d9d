// The tenant of the request being handled on the current thread.
package staticfields.case15;

public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    static void set(String tenantId) {
        CURRENT.set(tenantId);
    }

    static void clear() {
        CURRENT.remove();
    }

    public static String current() {
        var tenant = CURRENT.get();
        return tenant != null ? tenant : "public";
    }
}
