package eval.c98;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/events")
public class Safe48_JaxrsConstantTernaryLiteral {

    @PersistenceContext
    private EntityManager em;

    @GET
    public List<?> list(@QueryParam("sort") String sort) {
        int num = 196;
        // (7 * 18) + 196 = 322 > 200: always the literal
        String column = (7 * 18) + num > 200 ? "e.startsAt" : sort;
        String jpql = "SELECT e FROM Event e ORDER BY " + column;
        return em.createQuery(jpql).getResultList(); // sink
    }
}
