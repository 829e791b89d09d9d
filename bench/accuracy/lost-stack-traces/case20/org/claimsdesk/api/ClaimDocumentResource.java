package org.claimsdesk.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimDocumentResource {

    private final ClaimDocumentService documents;

    public ClaimDocumentResource(ClaimDocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("/{claimId}/documents")
    public List<ClaimDocumentService.DocumentView> list(@PathParam("claimId") String claimId,
            @QueryParam("type") String type) {
        UUID id;
        try {
            id = UUID.fromString(claimId);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Malformed claim id: " + e.getMessage());
        }
        var all = documents.forClaim(id);
        if (type == null || type.isBlank()) {
            return all;
        }
        return all.stream().filter(d -> d.type().equalsIgnoreCase(type)).toList();
    }
}
