// A JAX-RS resource that converts caught exceptions into WebApplicationException/NotFoundException without passing the cause.
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.UUID;

@Path("/attachments")
class AttachmentResource {

    private final String storageDir = "/srv/attachments";

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public byte[] download(@PathParam("id") String id) {
        UUID attachmentId;
        try {
            attachmentId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException("Malformed attachment id " + id, Response.Status.BAD_REQUEST); // expect: lost-stack-trace "WebApplicationException"
        }
        try {
            return Files.readAllBytes(Paths.get(storageDir, attachmentId.toString()));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("Attachment " + attachmentId + " does not exist"); // expect: lost-stack-trace "NotFoundException"
        } catch (IOException e) {
            throw new WebApplicationException(e, Response.Status.INTERNAL_SERVER_ERROR);
        }
    }

    @GET
    @Path("/{id}/size")
    public long size(@PathParam("id") String id) {
        try {
            return Files.size(Paths.get(storageDir, UUID.fromString(id).toString()));
        } catch (IOException | IllegalArgumentException e) {
            throw new WebApplicationException(Response.status(Response.Status.NOT_FOUND).entity(e.getMessage()).build()); // expect: lost-stack-trace "WebApplicationException"
        }
    }
}
