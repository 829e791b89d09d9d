package eval2.case22;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/subscriptions")
public class SubscriptionController {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionController.class);

    private final EntityManager entityManager;

    public SubscriptionController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping("/{publicId}")
    public ResponseEntity<SubscriptionView> get(@PathVariable("publicId") String publicId) {
        UUID id;
        try {
            id = UUID.fromString(publicId);
        } catch (IllegalArgumentException e) {
            log.debug("rejecting malformed subscription id {}", publicId);
            return ResponseEntity.badRequest().build();
        }

        String jpql = "SELECT s FROM Subscription s WHERE s.publicId = '" + id + "' AND s.cancelled = false";
        List<Subscription> found = entityManager.createQuery(jpql, Subscription.class).getResultList(); // sink
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Subscription s = found.get(0);
        return ResponseEntity.ok(new SubscriptionView(s.getPublicId(), s.getPlanCode(), s.getRenewsOn().toString()));
    }

    public record SubscriptionView(String id, String plan, String renewsOn) {
    }
}
