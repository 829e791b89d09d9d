package eval.c48;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/events")
public class Vuln48_JaxrsConstantTernaryTainted {

    @PersistenceContext
    private EntityManager em;

    @GET
    public List<?> list(@QueryParam("sort") String sort) {
        int threshold = 50;
        // 50 * 2 = 100 is never < 90: the ternary always yields the request value
        String column = (threshold * 2) < 90 ? "e.startsAt" : sort;
        String jpql = "SELECT e FROM Event e ORDER BY " + column;
        return em.createQuery(jpql).getResultList(); // sink
    }
}
