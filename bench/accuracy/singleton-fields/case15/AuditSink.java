// Append-only audit storage (WORM bucket in production, a file in development).
package singletons.case15;

public interface AuditSink {

    void write(String line);
}
