package eval2.case49;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/order-history")
public class OrderHistoryController {

    private static final Logger log = LoggerFactory.getLogger(OrderHistoryController.class);

    @PersistenceContext
    private EntityManager em;

    @Transactional(readOnly = true)
    @PostMapping("/search")
    public ResponseEntity<List<Object[]>> search(@RequestBody OrderHistoryQuery query) {
        if (query.getCustomerEmail() == null) {
            return ResponseEntity.badRequest().build();
        }
        int pageSize = 20;
        int page = 0;
        try {
            if (query.getPageSize() != null) {
                pageSize = Math.min(Integer.parseInt(query.getPageSize()), 100);
            }
            if (query.getPage() != null) {
                page = Integer.parseInt(query.getPage());
            }
        } catch (NumberFormatException e) {
            log.info("bad paging values size={} page={}", query.getPageSize(), query.getPage());
            return ResponseEntity.badRequest().build();
        }

        String sql = "SELECT o.order_number, o.placed_at, o.total, o.status FROM orders o "
                + "JOIN customers c ON c.id = o.customer_id WHERE c.email = :email "
                + "ORDER BY o.placed_at DESC LIMIT " + pageSize + " OFFSET " + (page * pageSize);

        Session session = em.unwrap(Session.class);
        List<Object[]> rows = session.createNativeQuery(sql, Object[].class).setParameter("email", query.getCustomerEmail()).getResultList(); // sink
        return ResponseEntity.ok(rows);
    }
}
