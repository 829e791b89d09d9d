package app;

class AuditDao {
    String all() {
        return "SELECT * FROM audits";
    }
}
