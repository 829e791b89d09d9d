package stars.case25;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class OrderQueryService {

    @PersistenceContext
    private EntityManager em;

    public List<PurchaseOrder> withStatus(String status) {
        return em.createQuery("select o from PurchaseOrder o where o.status = :s", PurchaseOrder.class)
                .setParameter("s", status)
                .getResultList();
    }

    @jakarta.persistence.Entity
    public static class PurchaseOrder {
        @jakarta.persistence.Id
        private Long id;
        private String status;
    }
}
