package concat.case39;

public final class TenantContext {
    private static final ThreadLocal<String> CURRENT_SCHEMA = new ThreadLocal<>();

    private TenantContext() {
    }

    public static void setCurrentSchema(String schema) {
        CURRENT_SCHEMA.set(schema);
    }

    public static String currentSchema() {
        String schema = CURRENT_SCHEMA.get();
        if (schema == null) {
            throw new IllegalStateException("no tenant bound to this thread");
        }
        return schema;
    }

    public static void clear() {
        CURRENT_SCHEMA.remove();
    }
}
