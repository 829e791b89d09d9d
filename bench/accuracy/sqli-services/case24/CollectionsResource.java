package eval2.case24;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
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

@Path("/collections/overdue")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionsResource {

    private static final Logger LOG = Logger.getLogger(CollectionsResource.class.getName());

    @PersistenceContext(unitName = "billing")
    private EntityManager em;

    @GET
    public Response overdue(@QueryParam("currency") String currency,
                            @QueryParam("minDays") @DefaultValue("30") int minDays) {
        if (minDays < 0) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        String sql = InvoiceQueries.overdue(currency, minDays);
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(sql).getResultList(); // sink
            List<OverdueInvoice> result = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                result.add(new OverdueInvoice((String) r[0], ((Number) r[1]).longValue(),
                        String.valueOf(r[2]), (String) r[3], ((Number) r[4]).intValue()));
            }
            return Response.ok(result).build();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "overdue query failed", e);
            return Response.serverError().build();
        }
    }

    public record OverdueInvoice(String number, long customerId, String amount, String currency, int daysOverdue) {
    }
}
