package com.teamdesk.collab.notifications;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/me/notifications")
public class NotificationController {

    private final NotificationService notificationService;

    public NotificationController(NotificationService notificationService) {
        this.notificationService = notificationService;
    }

    public record NotificationView(long id, String title, String link, Instant createdAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getTitle(), n.getLink(), n.getCreatedAt());
        }
    }

    @GetMapping("/unread")
    public List<NotificationView> unread(Principal principal) {
        List<Notification> unread = notificationService.unreadFor(principal.getName());
        return unread.stream().map(NotificationView::of).toList();
    }

    @PostMapping("/{id}/read")
    public ResponseEntity<Void> markRead(@PathVariable long id, Principal principal) {
        boolean updated = notificationService.markRead(principal.getName(), id);
        return updated ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
