package eval2.case19;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "My recent activity" view for the back-office. The SSO proxy injects the user's login
 * into X-Audit-Actor.
 */
@RestController
public class AuditTrailController {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailController.class);

    private final SessionFactory sessionFactory;

    public AuditTrailController(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    @Transactional(readOnly = true)
    @GetMapping("/backoffice/audit/mine")
    public ResponseEntity<List<Object[]>> myActivity(@RequestHeader("X-Audit-Actor") String actor,
                                                     @RequestParam(defaultValue = "7") int days) {
        if (actor.isBlank()) {
            return ResponseEntity.status(401).build();
        }
        Instant since = Instant.now().minus(Math.min(days, 90), ChronoUnit.DAYS);

        String sql = "SELECT e.occurred_at, e.action, e.entity_type, e.entity_id FROM audit_events e WHERE "
                + Clauses.actorEquals("e.actor", actor)
                + " AND e.occurred_at >= :since ORDER BY e.occurred_at DESC";

        Session session = sessionFactory.getCurrentSession();
        try {
            List<Object[]> rows = session.createNativeQuery(sql, Object[].class).setParameter("since", since).setMaxResults(200).getResultList(); // sink
            return ResponseEntity.ok(rows);
        } catch (RuntimeException e) {
            log.error("audit trail query failed for {}", actor, e);
            return ResponseEntity.internalServerError().build();
        }
    }

    static final class Clauses {

        private Clauses() {
        }

        static String actorEquals(String column, String login) {
            String normalized = login.trim().toLowerCase();
            return "lower(" + column + ") = '" + normalized + "'";
        }
    }
}
