package eval.c30;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln30_RequestBodyJpql {

    @PersistenceContext
    private EntityManager em;

    @PostMapping(path = "/api/products/search", consumes = "text/plain")
    public List<?> search(@RequestBody String term) {
        String jpql = "SELECT p FROM Product p WHERE p.name = '" + term + "'";
        return em.createQuery(jpql).getResultList(); // sink
    }
}
