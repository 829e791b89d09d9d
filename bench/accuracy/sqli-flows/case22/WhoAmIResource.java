package eval5.case22;

import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/whoami")
public class WhoAmIResource {

    private static final Logger log = LoggerFactory.getLogger(WhoAmIResource.class);

    @Inject
    ApiKeyDao apiKeyDao;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response whoAmI(@HeaderParam("X-Api-Key") String apiKey) {
        if (apiKey == null || apiKey.length() < 12) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        String prefix = apiKey.substring(0, 8);
        try {
            return apiKeyDao.ownerOf(prefix, KeyHashes.sha256(apiKey))
                    .map(owner -> Response.ok(Map.of("owner", owner, "keyPrefix", prefix)).build())
                    .orElseGet(() -> Response.status(Response.Status.UNAUTHORIZED).build());
        } catch (SQLException e) {
            log.error("api key lookup failed for prefix {}", prefix, e);
            return Response.serverError().build();
        }
    }
}
