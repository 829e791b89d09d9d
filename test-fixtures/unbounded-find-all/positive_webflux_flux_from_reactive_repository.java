// WebFlux handlers returning findAll() and an unbounded derived Flux query of a ReactiveCrudRepository declared in another file, directly and mapped.
import java.time.Instant;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;

record NotificationView(String id, String title, Instant sentAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.getId(), notification.getTitle(), notification.getSentAt());
    }
}

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationRepository notificationRepository;

    NotificationController(NotificationRepository notificationRepository) {
        this.notificationRepository = notificationRepository;
    }

    @GetMapping
    public Flux<Notification> all() {
        return notificationRepository.findAll(); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping(path = "/{user}/unread", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<NotificationView> unread(@PathVariable String user) {
        return notificationRepository.findByRecipientAndReadFalse(user) // expect: unbounded-find-all "`findByRecipientAndReadFalse`"
                .map(NotificationView::of);
    }
}
