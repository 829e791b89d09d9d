package eval2.case37;

/** Naming conventions for per-workspace schemas (see db/migration/README). */
final class WorkspaceNaming {

    static final String SCHEMA_PREFIX = "ws_";

    private WorkspaceNaming() {
    }

    static String schemaFor(String workspaceSlug) {
        return SCHEMA_PREFIX + workspaceSlug.replace('-', '_').toLowerCase();
    }
}
