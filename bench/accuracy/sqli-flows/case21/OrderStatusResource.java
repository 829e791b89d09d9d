package eval5.case21;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderStatusResource {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusResource.class);

    @Resource(lookup = "java:app/jdbc/orders")
    private DataSource dataSource;

    @GET
    @Path("/{reference}/status")
    public Response status(@PathParam("reference") String reference) {
        log.debug("status lookup for order {}", reference);
        OrderReader reader = Readers.orders(dataSource);
        return reader.byReference(reference.toUpperCase())
                .map(o -> Response.ok(o).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
