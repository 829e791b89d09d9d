// Compliance audit log of the document service: one pipe-separated line per access
// decision, handed to the audit sink.
package singletons.case15;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class ComplianceAuditWriter {

    @Inject
    AuditSink sink;

    private StringBuilder line = new StringBuilder(256); // shared

    public void record(String actor, String action, String documentId, boolean allowed) {
        line.setLength(0);
        line.append(Instant.now())
                .append('|').append(actor)
                .append('|').append(action)
                .append('|').append(documentId)
                .append('|').append(allowed ? "ALLOW" : "DENY");
        sink.write(line.toString());
    }
}
