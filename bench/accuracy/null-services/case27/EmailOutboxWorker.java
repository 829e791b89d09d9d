package nulls.case27;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued transactional e-mails one per tick so that the SMTP relay is not flooded.
 */
@Component
public class EmailOutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(EmailOutboxWorker.class);

    public record OutboundEmail(String recipient, String subject, String body) {
    }

    private final Queue<OutboundEmail> pending = new ConcurrentLinkedQueue<>();
    private final JavaMailSender mailSender;

    public EmailOutboxWorker(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    public void enqueue(OutboundEmail email) {
        pending.offer(email);
    }

    @Scheduled(fixedDelay = 500)
    public void sendNext() {
        if (pending.isEmpty()) {
            return;
        }
        OutboundEmail next = pending.poll();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(next.recipient()); // deref
        message.setSubject(next.subject());
        message.setText(next.body());
        try {
            mailSender.send(message);
        } catch (MailException e) {
            log.warn("sending to {} failed, requeueing", next.recipient(), e);
            pending.offer(next);
        }
    }
}
