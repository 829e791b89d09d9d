package stars.case29;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class SupplierService {

    private final EntityManager em;

    public SupplierService(EntityManager em) {
        this.em = em;
    }

    public List<Supplier> fromCountry(String code) {
        return em.createNamedQuery("Supplier.byCountry", Supplier.class)
                .setParameter(1, code)
                .getResultList();
    }
}
