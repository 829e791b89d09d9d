package eval2.case27;

final class TenantSql {

    private static final String BASE =
            "SELECT t.id, t.slug, t.display_name, t.plan_code, t.created_at FROM tenants t WHERE t.plan_code = ?";

    private TenantSql() {
    }

    static String listTenants(boolean includeArchived, boolean newestFirst) {
        String sql = BASE;
        if (!includeArchived) {
            sql += " AND t.archived_at IS NULL";
        }
        return sql + (newestFirst ? " ORDER BY t.created_at DESC" : " ORDER BY t.slug");
    }
}
