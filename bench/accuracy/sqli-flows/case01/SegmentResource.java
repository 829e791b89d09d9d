package eval5.case01;

import java.util.List;
import java.util.Locale;
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

@Path("/marketing/segment")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentResource {

    private static final Logger log = LoggerFactory.getLogger(SegmentResource.class);

    @Inject
    SegmentMemberDao segmentMemberDao;

    @GET
    @Path("/members")
    public Response members(@HeaderParam("X-Segment") String segment) {
        if (segment == null || segment.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "X-Segment header missing")).build();
        }
        return Response.ok(load(segment)).build();
    }

    private List<Map<String, Object>> load(String segment) {
        String view = "mv_segment_" + segment.trim().toLowerCase(Locale.ROOT);
        log.debug("loading members of {}", view);
        return segmentMemberDao.members(view, 1000).stream()
                .map(row -> Map.<String, Object>of("customerId", row[0], "email", row[1], "joinedOn", row[2]))
                .toList();
    }
}
