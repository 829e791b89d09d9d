package eval5.case12;

import java.sql.SQLException;

import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/profiles")
public class ProfileResource {

    private static final Logger log = LoggerFactory.getLogger(ProfileResource.class);

    @Inject
    ProfileStore profileStore;

    @PUT
    @Path("/{id}/nickname")
    public Response rename(@PathParam("id") long id, @QueryParam("value") String nickname) {
        if (nickname == null || nickname.length() > 40) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        try {
            return profileStore.rename(id, nickname.strip())
                    ? Response.noContent().build()
                    : Response.status(Response.Status.NOT_FOUND).build();
        } catch (SQLException e) {
            log.error("renaming profile {} failed", id, e);
            return Response.serverError().build();
        }
    }
}
