package concat.case50;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.springframework.stereotype.Repository;

@Repository
public class PurchaseOrderRepository {
    private static final String ENTITY = "PurchaseOrder";

    @PersistenceContext
    private EntityManager em;

    public List<PurchaseOrder> openForSupplier(long supplierId) {
        final String alias = "po";
        TypedQuery<PurchaseOrder> q = em.createQuery("SELECT " + alias + " FROM " + ENTITY + " " + alias + " WHERE " + alias + ".supplierId = :supplierId AND " + alias + ".state = 'OPEN'", PurchaseOrder.class); // sink
        q.setParameter("supplierId", supplierId);
        return q.getResultList();
    }
}
