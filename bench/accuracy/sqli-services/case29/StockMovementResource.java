package eval2.case29;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@RequestScoped
@Path("/inventory/items/{sku}/movements")
@Produces(MediaType.APPLICATION_JSON)
public class StockMovementResource {

    private static final Logger log = LoggerFactory.getLogger(StockMovementResource.class);

    @PersistenceContext
    EntityManager em;

    @GET
    public Response movements(@PathParam("sku") String sku,
                              @QueryParam("limit") @DefaultValue("25") int limit,
                              @QueryParam("offset") @DefaultValue("0") long offset) {
        if (limit <= 0 || limit > 500 || offset < 0) {
            log.info("rejecting paging limit={} offset={} for {}", limit, offset, sku);
            return Response.status(Response.Status.BAD_REQUEST).build();
        }

        String sql = "SELECT m.moved_at, m.quantity, m.reason, m.location_code FROM stock_movements m "
                + "WHERE m.sku = ?1 ORDER BY m.moved_at DESC LIMIT " + limit + " OFFSET " + offset;

        List<?> rows = em.createNativeQuery(sql).setParameter(1, sku).getResultList(); // sink
        return Response.ok(rows).build();
    }
}
