package opt.case38;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class NotificationBadgeController {

    private final NotificationRepository notificationRepository;

    public NotificationBadgeController(NotificationRepository notificationRepository) {
        this.notificationRepository = notificationRepository;
    }

    @GetMapping("/api/users/{userId}/notifications/badge")
    public Badge badge(@PathVariable Long userId) {
        List<Notification> unread = notificationRepository.findByRecipientIdAndReadFalseOrderByCreatedAtDesc(userId);
        if (unread.isEmpty()) {
            return new Badge(0, null);
        }
        return new Badge(unread.size(), unread.get(0).getTitle());
    }

    @GetMapping("/api/users/{userId}/notifications/oldest")
    public String oldestTitle(@PathVariable Long userId) {
        Page<Notification> page = notificationRepository.findByRecipientId(userId,
                PageRequest.of(0, 1, Sort.by("createdAt").ascending()));
        return page.hasContent() ? page.getContent().get(0).getTitle() : "";
    }

    public record Badge(int count, String latestTitle) {
    }
}
