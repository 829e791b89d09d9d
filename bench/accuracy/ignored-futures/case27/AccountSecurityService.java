// Password changes and MFA resets of an account, each recorded in the security audit log.
package ignoredfutures.case27;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountSecurityService {

    private final JdbcClient jdbcClient;
    private final SecurityAuditRecorder audit;

    public AccountSecurityService(JdbcClient jdbcClient, SecurityAuditRecorder audit) {
        this.jdbcClient = jdbcClient;
        this.audit = audit;
    }

    @Transactional
    public void changePassword(long accountId, String newPasswordHash, String remoteAddress) {
        jdbcClient.sql("UPDATE accounts SET password_hash = ?, password_changed_at = now() WHERE id = ?")
                .params(newPasswordHash, accountId)
                .update();
        audit.record(accountId, "PASSWORD_CHANGED", remoteAddress);
    }

    @Transactional
    public void resetMfa(long accountId, String remoteAddress) {
        jdbcClient.sql("DELETE FROM mfa_devices WHERE account_id = ?").param(accountId).update();
        audit.record(accountId, "MFA_RESET", remoteAddress);
    }
}
