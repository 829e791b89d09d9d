package concat.case23;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class WarehouseStatsRepository {
    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Object[]> fillRateByWarehouse() {
        String sql = """
                SELECT w.code,
                       sum(s.quantity)::numeric / nullif(sum(s.capacity), 0) AS fill_rate
                  FROM warehouses w
                  JOIN warehouse_slots s ON s.warehouse_id = w.id
                 GROUP BY w.code
                 ORDER BY fill_rate DESC
                """;
        return entityManager.createNativeQuery(sql).getResultList(); // sink
    }
}
