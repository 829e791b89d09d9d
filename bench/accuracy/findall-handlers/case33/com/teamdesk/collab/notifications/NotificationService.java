package com.teamdesk.collab.notifications;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notificationRepository;

    public NotificationService(NotificationRepository notificationRepository) {
        this.notificationRepository = notificationRepository;
    }

    public List<Notification> unreadFor(String username) {
        return notificationRepository.findByRecipientAndReadFalseOrderByCreatedAtDesc(username);
    }

    @Transactional
    public boolean markRead(String username, long id) {
        return notificationRepository.findByIdAndRecipient(id, username)
                .map(n -> {
                    n.markRead();
                    return true;
                })
                .orElse(false);
    }
}
