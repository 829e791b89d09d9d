package eval5.case35;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Repository;

@Repository
public class OrderTimelineRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public List<Event> eventsOf(UUID orderId) {
        String sql = "SELECT e.event_type, e.occurred_at FROM order_events e WHERE e.order_public_id = '" + orderId + "'::uuid ORDER BY e.occurred_at";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList(); // sink
        return rows.stream().map(r -> new Event((String) r[0], ((Timestamp) r[1]).toInstant())).toList();
    }

    public record Event(String type, Instant occurredAt) {
    }
}
