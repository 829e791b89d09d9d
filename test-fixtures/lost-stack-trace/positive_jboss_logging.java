// A Quarkus-style inventory resource logging e.getMessage() through JBoss Logging (errorf, warnv, error); uses org.jboss.logging, not on the javac classpath.
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.logging.Logger;

@Path("/stock")
class StockLevelResource {

    private static final Logger log = Logger.getLogger(StockLevelResource.class);

    private final HttpClient http = HttpClient.newHttpClient();

    @GET
    @Path("/{sku}")
    public Response stock(@PathParam("sku") String sku) {
        try {
            HttpResponse<String> upstream = http.send(
                    HttpRequest.newBuilder(URI.create("http://warehouse/api/stock/" + sku)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Response.ok(upstream.body()).build();
        } catch (IOException e) {
            log.errorf("Warehouse lookup for %s failed: %s", sku, e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
            return Response.status(Response.Status.BAD_GATEWAY).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.errorf(e, "Warehouse lookup for %s interrupted", sku);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
    }

    @GET
    @Path("/{sku}/reserved")
    public Response reserved(@PathParam("sku") String sku) {
        try {
            return Response.ok(Integer.parseInt(sku.substring(sku.indexOf('-') + 1))).build();
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            log.warnv("Malformed SKU {0}: {1}", sku, e.getLocalizedMessage()); // expect: lost-stack-trace "`e.getLocalizedMessage()`"
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
    }

    @GET
    @Path("/health")
    public Response health() {
        try {
            http.send(HttpRequest.newBuilder(URI.create("http://warehouse/health")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return Response.ok().build();
        } catch (IOException | InterruptedException e) {
            log.error("Warehouse health check failed: " + e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
    }
}
