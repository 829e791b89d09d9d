// A JAX-RS resource whose bulk price update loops `i < updates.size() - 1` and never applies the last update; its validation loop is correct.
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

record PriceUpdate(String sku, BigDecimal price) {
}

@Path("/prices")
class PriceResource {

    private final Map<String, BigDecimal> catalog = new ConcurrentHashMap<>();

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bulkUpdate(List<PriceUpdate> updates) {
        for (int i = 0; i < updates.size(); i++) {
            if (updates.get(i).price().signum() < 0) {
                return Response.status(Response.Status.BAD_REQUEST)
                        .entity("Negative price for " + updates.get(i).sku())
                        .build();
            }
        }
        for (int i = 0; i < updates.size() - 1; i++) { // expect: off-by-one-loop "last element"
            PriceUpdate update = updates.get(i);
            catalog.put(update.sku(), update.price());
        }
        return Response.noContent().build();
    }
}
