package org.clubhouse.forum.comments;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

@Service
public class CommentService {

    private static final int MAX_LENGTH = 4000;

    @PersistenceContext
    private EntityManager em;

    private final Clock clock;

    public CommentService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Comment edit(Long commentId, String newText, CurrentUser currentUser) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw new IllegalArgumentException("No comment " + commentId);
        }
        boolean author = Objects.equals(comment.getAuthorId(), currentUser.id());
        if (!author && !currentUser.isModerator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Only the author or a moderator may edit this comment");
        }
        String text = newText.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Comment must have 1 to " + MAX_LENGTH + " characters");
        }
        comment.edit(text, clock.instant());
        return comment;
    }
}
