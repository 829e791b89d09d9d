package opt.case26;

public final class AuditContext {

    private static final ThreadLocal<String> CURRENT_USER = ThreadLocal.withInitial(() -> "system");

    private AuditContext() {
    }

    public static void setUser(String user) {
        CURRENT_USER.set(user);
    }

    public static String user() {
        return CURRENT_USER.get();
    }

    public static void clear() {
        CURRENT_USER.remove();
    }
}
