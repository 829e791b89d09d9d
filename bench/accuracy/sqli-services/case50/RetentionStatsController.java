package eval2.case50;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Counts records that are past their retention date, per record kind, for the GDPR dashboard. */
@RestController
@RequestMapping("/privacy/retention")
public class RetentionStatsController {

    private static final Logger log = LoggerFactory.getLogger(RetentionStatsController.class);

    private final EntityManager entityManager;

    public RetentionStatsController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping("/{kind}/expired-count")
    public ResponseEntity<Long> expiredCount(@PathVariable String kind,
                                             @RequestParam(defaultValue = "0") int graceDays) {
        String entity = RecordKinds.entityFor(kind);
        if (entity == null) {
            log.info("unknown record kind '{}'", kind);
            return ResponseEntity.notFound().build();
        }

        String jpql = "SELECT COUNT(r) FROM " + entity + " r WHERE r.retainUntil < :cutoff AND r.legalHold = false";
        Long count = entityManager.createQuery(jpql, Long.class).setParameter("cutoff", LocalDate.now().minusDays(graceDays)).getSingleResult(); // sink
        return ResponseEntity.ok(count);
    }

    static final class RecordKinds {

        private RecordKinds() {
        }

        /** Maps the URL segment to the JPA entity name; returns null for unknown kinds. */
        static String entityFor(String kind) {
            if (kind == null) {
                return null;
            }
            switch (kind) {
                case "orders":
                    return "PurchaseOrder";
                case "invoices":
                    return "Invoice";
                case "support-tickets":
                case "tickets":
                    return "SupportTicket";
                case "audit":
                    return "AuditEvent";
                default:
                    return null;
            }
        }
    }
}
