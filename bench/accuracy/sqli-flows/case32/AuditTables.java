package eval5.case32;

public final class AuditTables {

    public static final String LIVE = "audit_events";
    public static final String ARCHIVE = "audit_events_archive";

    private AuditTables() {
    }
}
