// Optional beans checked before use, and beans injected as required, which Spring guarantees.
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
class CheckedSignupNotifier {

    interface Mailer {
        void deliver(String to, String text);
    }

    interface Journal {
        void write(String event);
    }

    @Autowired(required = false)
    private Mailer mailSender;

    @Autowired
    private Journal requiredLog;

    private final ObjectProvider<Journal> auditLogs;

    CheckedSignupNotifier(ObjectProvider<Journal> auditLogs) {
        this.auditLogs = auditLogs;
    }

    void welcome(String email) {
        if (mailSender != null) {
            mailSender.deliver(email, "Welcome!");
        }
        requiredLog.write("welcome " + email);
    }

    void audit(String email) {
        Journal log = auditLogs.getIfAvailable();
        if (log == null) {
            return;
        }
        log.write("signup " + email);
        auditLogs.ifAvailable(found -> found.write("again " + email));
    }
}
