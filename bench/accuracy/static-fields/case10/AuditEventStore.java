// Persistence of audit events in the audit schema.
package staticfields.case10;

import java.util.List;

public interface AuditEventStore {

    void insertAll(List<AuditEvent> events);
}
