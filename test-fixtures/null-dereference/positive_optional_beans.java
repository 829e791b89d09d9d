// A bean injected only when one exists (@Autowired(required = false), ObjectProvider.getIfAvailable()) is null in every deployment that lacks it.
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
class SignupNotifier {

    interface MailSender {
        void send(String to, String text);
    }

    interface AuditLog {
        void record(String event);
    }

    @Autowired(required = false)
    private MailSender mailSender;

    private final ObjectProvider<AuditLog> auditLogs;

    SignupNotifier(ObjectProvider<AuditLog> auditLogs) {
        this.auditLogs = auditLogs;
    }

    void welcome(String email) {
        mailSender.send(email, "Welcome!");  // expect: null-dereference "mailSender"
    }

    void audit(String email) {
        AuditLog log = auditLogs.getIfAvailable();
        log.record("signup " + email);  // expect: null-dereference "log"
    }
}
