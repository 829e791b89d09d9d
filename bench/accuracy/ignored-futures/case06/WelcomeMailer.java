// Asynchronous welcome mail and CRM sync of new accounts; each method handles its own errors.
package ignoredfutures.case06;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Component
public class WelcomeMailer {

    private static final Logger log = LoggerFactory.getLogger(WelcomeMailer.class);

    private final MailSender mailSender;
    private final RestClient crmRestClient;

    public WelcomeMailer(MailSender mailSender, RestClient crmRestClient) {
        this.mailSender = mailSender;
        this.crmRestClient = crmRestClient;
    }

    @Async
    public void sendWelcome(String email, String displayName, String locale) {
        var message = new SimpleMailMessage();
        message.setTo(email);
        message.setSubject("de".equals(locale) ? "Willkommen!" : "Welcome!");
        message.setText("Hi " + displayName + ", please confirm your address to get started.");
        try {
            mailSender.send(message);
        } catch (MailException e) {
            log.error("welcome mail to {} failed", email, e);
        }
    }

    @Async("crmExecutor")
    public void syncToCrm(String email) {
        try {
            crmRestClient.post().uri("/contacts").body(new CrmContact(email, "signup")).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("CRM sync of {} failed, the nightly job will retry", email, e);
        }
    }

    record CrmContact(String email, String source) {
    }
}
