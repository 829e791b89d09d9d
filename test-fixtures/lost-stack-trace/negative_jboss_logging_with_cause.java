// JBoss Logging calls in catch blocks that pass the caught exception first (errorf/warnv with Throwable) or as the second argument; uses org.jboss.logging, not on the javac classpath.
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import org.jboss.logging.Logger;

@Path("/telemetry")
class TelemetryIngestResource {

    private static final Logger LOG = Logger.getLogger(TelemetryIngestResource.class);

    private final String spoolDir = "/var/spool/telemetry";

    @POST
    public Response ingest(String body) {
        try {
            Files.writeString(Paths.get(spoolDir, Instant.now().toEpochMilli() + ".json"), body);
            return Response.accepted().build();
        } catch (IOException e) {
            LOG.errorf(e, "Could not spool telemetry batch of %d bytes", body.length());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
    }

    @POST
    @Path("/flush")
    public Response flush() {
        try (var files = Files.list(Paths.get(spoolDir))) {
            long count = files.count();
            return Response.ok(count).build();
        } catch (IOException e) {
            LOG.warnv(e, "Flushing spool {0} failed: {1}", spoolDir, e.getMessage());
            return Response.serverError().build();
        }
    }

    @POST
    @Path("/reset")
    public Response reset() {
        try {
            Files.deleteIfExists(Paths.get(spoolDir, "cursor"));
            return Response.noContent().build();
        } catch (IOException e) {
            LOG.error("Resetting the telemetry cursor failed", e);
            return Response.serverError().build();
        }
    }
}
