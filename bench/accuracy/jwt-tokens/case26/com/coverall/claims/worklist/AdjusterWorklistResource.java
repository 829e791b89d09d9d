package com.coverall.claims.worklist;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.text.ParseException;
import java.util.List;

@Path("/worklist")
@Produces(MediaType.APPLICATION_JSON)
public class AdjusterWorklistResource {

    static final String USER_CONTEXT_HEADER = "X-User-Context";

    @Inject
    ClaimAssignmentRepository assignments;

    @GET
    public List<ClaimAssignmentRepository.Assignment> worklist(@HeaderParam(USER_CONTEXT_HEADER) String userContext,
                                                               @QueryParam("status") String status) {
        if (userContext == null) {
            throw new NotAuthorizedException("Missing user context");
        }
        JWTClaimsSet context;
        try {
            context = PlainJWT.parse(userContext).getJWTClaimsSet();
        } catch (ParseException ex) {
            throw new NotAuthorizedException("Malformed user context");
        }
        String adjusterId = context.getSubject();
        Object region = context.getClaim("region");
        return assignments.openFor(adjusterId, region == null ? null : region.toString(), status);
    }
}
