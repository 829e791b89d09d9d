// Optional beans checked before use, and beans injected as required, which Spring guarantees.
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
class CheckedSignupNotifier {

    interface MailSender {
        void send(String to, String text);
    }

    interface AuditLog {
        void record(String event);
    }

    @Autowired(required = false)
    private MailSender mailSender;

    @Autowired
    private AuditLog requiredLog;

    private final ObjectProvider<AuditLog> auditLogs;

    CheckedSignupNotifier(ObjectProvider<AuditLog> auditLogs) {
        this.auditLogs = auditLogs;
    }

    void welcome(String email) {
        if (mailSender != null) {
            mailSender.send(email, "Welcome!");
        }
        requiredLog.record("welcome " + email);
    }

    void audit(String email) {
        AuditLog log = auditLogs.getIfAvailable();
        if (log == null) {
            return;
        }
        log.record("signup " + email);
        auditLogs.ifAvailable(found -> found.record("again " + email));
    }
}
