// Writes security-relevant account events to the audit log on the audit executor.
package ignoredfutures.case27;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class SecurityAuditRecorder {

    private final JdbcClient jdbcClient;

    public SecurityAuditRecorder(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @AuditAsync
    public void record(long accountId, String action, String remoteAddress) {
        jdbcClient.sql("INSERT INTO security_audit (account_id, action, remote_address, at) VALUES (?, ?, ?, ?)")
                .params(accountId, action, remoteAddress, Instant.now())
                .update();
    }
}
