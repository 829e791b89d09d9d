// A mail service whose catch blocks log only a message (with placeholder arguments) through SLF4J, never the caught exception.
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

interface MailGateway {

    void send(String to, String subject, String body) throws MailDeliveryException;
}

class MailDeliveryException extends Exception {

    MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}

@Service
class WelcomeMailService {

    private static final Logger log = LoggerFactory.getLogger(WelcomeMailService.class);

    private final MailGateway gateway;

    WelcomeMailService(MailGateway gateway) {
        this.gateway = gateway;
    }

    void sendWelcome(String address, String name) {
        String body = """
                Hello %s,

                your account is ready. Sign in at https://shop.example.com/login.
                """.formatted(name);
        try {
            gateway.send(address, "Welcome", body);
        } catch (MailDeliveryException e) { // expect: swallowed-exception "MailDeliveryException"
            log.warn("Could not send welcome mail to {}", address);
        }
    }

    void sendPasswordReset(String address, String token, int attempt) {
        try {
            gateway.send(address, "Password reset", "Your reset code: " + token);
        } catch (MailDeliveryException e) { // expect: swallowed-exception "MailDeliveryException"
            log.error("Password reset mail to {} failed on attempt {}", address, attempt);
        }
    }
}
