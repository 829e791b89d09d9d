package eval.c46;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/books")
public class Vuln46_JaxrsQueryParamNative {

    @PersistenceContext
    private EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<?> byAuthor(@QueryParam("author") String author) {
        String sql = "SELECT isbn, title FROM books WHERE author = '" + author + "'";
        return em.createNativeQuery(sql).getResultList(); // sink
    }
}
