// A WebFlux notification controller on a ReactiveCrudRepository that returns one Mono, a Pageable or Top10 Flux, or counts (count(), findAll().count()).
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class Notification {

    @Id
    private String id;

    private String recipient;

    private String title;

    private boolean read;

    private Instant sentAt;

    public String getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTitle() {
        return title;
    }

    public boolean isRead() {
        return read;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

interface NotificationRepository extends ReactiveCrudRepository<Notification, String> {

    Flux<Notification> findByRecipient(String recipient, Pageable pageable);

    Flux<Notification> findTop10ByRecipientOrderBySentAtDesc(String recipient);

    Mono<Long> countByRecipientAndReadFalse(String recipient);

    Flux<Notification> findByRecipientAndReadFalse(String recipient);
}

record InboxStats(long total, long unread) {
}

@RestController
@RequestMapping("/api/inbox")
class InboxController {

    private final NotificationRepository notificationRepository;

    InboxController(NotificationRepository notificationRepository) {
        this.notificationRepository = notificationRepository;
    }

    @GetMapping("/messages/{id}")
    public Mono<Notification> one(@PathVariable String id) {
        return notificationRepository.findById(id);
    }

    @GetMapping("/{user}")
    public Flux<Notification> page(@PathVariable String user,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        return notificationRepository.findByRecipient(user, PageRequest.of(page, Math.min(size, 100), Sort.by("sentAt").descending()));
    }

    @GetMapping("/{user}/latest")
    public Flux<String> latestTitles(@PathVariable String user) {
        return notificationRepository.findTop10ByRecipientOrderBySentAtDesc(user).map(Notification::getTitle);
    }

    @GetMapping("/{user}/stats")
    public Mono<InboxStats> stats(@PathVariable String user) {
        return notificationRepository.findAll().count()
                .zipWith(notificationRepository.countByRecipientAndReadFalse(user))
                .map(tuple -> new InboxStats(tuple.getT1(), tuple.getT2()));
    }

    @GetMapping("/total")
    public Mono<Long> total() {
        return notificationRepository.count();
    }
}
