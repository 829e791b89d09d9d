// Newsletter sign-up from the public site: a new address is stored as pending and a
// confirmation mail is requested; a known address is answered the same way without a new row.
package checkthenact.case03;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

@Service
public class NewsletterSubscriptionService {

    private final SubscriberRepository subscribers;
    private final ApplicationEventPublisher events;

    public NewsletterSubscriptionService(SubscriberRepository subscribers, ApplicationEventPublisher events) {
        this.subscribers = subscribers;
        this.events = events;
    }

    public void subscribe(String rawEmail, String source) {
        var email = rawEmail.trim().toLowerCase(Locale.ROOT);
        if (!subscribers.existsByEmail(email)) { // race
            var subscriber = new Subscriber();
            subscriber.setEmail(email);
            subscriber.setSource(source);
            subscriber.setConfirmationToken(UUID.randomUUID().toString());
            subscriber.setCreatedAt(Instant.now());
            subscribers.save(subscriber);
            events.publishEvent(new ConfirmationRequested(email, subscriber.getConfirmationToken()));
        }
    }

    public record ConfirmationRequested(String email, String token) {
    }
}
