package eval.c96;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/books")
public class Safe46_JaxrsNativeQueryPositional {

    @PersistenceContext
    private EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<?> byAuthor(@QueryParam("author") String author) {
        Query q = em.createNativeQuery("SELECT isbn, title FROM books WHERE author = ?1"); // sink
        q.setParameter(1, author);
        return q.getResultList();
    }
}
