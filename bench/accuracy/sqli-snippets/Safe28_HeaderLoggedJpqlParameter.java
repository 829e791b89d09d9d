package eval.c78;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.logging.Logger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe28_HeaderLoggedJpqlParameter {

    private static final Logger LOG = Logger.getLogger("tenants");

    @PersistenceContext
    private EntityManager em;

    @GetMapping("/api/projects")
    public List<?> projects(@RequestHeader("X-Tenant") String tenant) {
        LOG.fine("listing projects for tenant " + tenant);
        Query query = em.createQuery("SELECT p FROM Project p WHERE p.tenant = :tenant"); // sink
        query.setParameter("tenant", tenant);
        return query.getResultList();
    }
}
