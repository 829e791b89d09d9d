package eval2.case40;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/helpdesk/tickets/{ticketId}/comments")
public class TicketCommentResource {

    private static final Logger log = LoggerFactory.getLogger(TicketCommentResource.class);
    private static final int MAX_COMMENT_LENGTH = 2000;

    @Resource(name = "jdbc/helpdesk")
    DataSource dataSource;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addComment(@PathParam("ticketId") long ticketId,
                               @FormParam("author") String author,
                               @FormParam("comment") String comment) {
        if (comment == null || comment.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).entity("empty comment").build();
        }
        String text = comment.length() > MAX_COMMENT_LENGTH ? comment.substring(0, MAX_COMMENT_LENGTH) : comment;
        String who = author == null ? "anonymous" : author.strip();

        String insert = "INSERT INTO ticket_comments (ticket_id, author, body, created_at) VALUES ("
                + ticketId + ", '" + who + "', '" + text + "', TIMESTAMP '" + java.sql.Timestamp.from(Instant.now()) + "')";

        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            int rows = st.executeUpdate(insert); // sink
            log.info("comment added to ticket {} by {} ({} row)", ticketId, who, rows);
            return Response.status(Response.Status.CREATED).build();
        } catch (SQLException e) {
            log.error("could not store comment on ticket {}", ticketId, e);
            return Response.serverError().build();
        }
    }
}
