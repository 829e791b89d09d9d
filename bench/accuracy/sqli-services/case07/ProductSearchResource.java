package eval2.case07;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/catalog/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductSearchResource {

    private static final Logger LOG = Logger.getLogger(ProductSearchResource.class.getName());

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @GET
    @Path("/search")
    public Response search(@QueryParam("q") String query,
                           @QueryParam("includeDiscontinued") @DefaultValue("false") boolean includeDiscontinued) {
        if (query == null || query.length() < 2) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity("{\"error\":\"query must have at least 2 characters\"}").build();
        }

        String jpql = "SELECT p FROM Product p WHERE lower(p.name) LIKE '%" + query.toLowerCase() + "%'";
        if (!includeDiscontinued) {
            jpql += " AND p.discontinued = false";
        }
        jpql += " ORDER BY p.name";

        LOG.fine(() -> "catalog search: " + query);
        List<Product> hits = em.createQuery(jpql, Product.class).setMaxResults(50).getResultList(); // sink

        List<ProductView> views = new ArrayList<>(hits.size());
        for (Product p : hits) {
            views.add(new ProductView(p.getSku(), p.getName(), p.getListPrice().toPlainString()));
        }
        return Response.ok(views).build();
    }

    public record ProductView(String sku, String name, String price) {
    }
}
