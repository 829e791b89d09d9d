package eval2.case55;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Year;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/tax/summaries")
@Produces(MediaType.APPLICATION_JSON)
public class TaxSummaryResource {

    private static final Logger log = LoggerFactory.getLogger(TaxSummaryResource.class);

    @Resource(lookup = "java:app/jdbc/reporting")
    DataSource reporting;

    @POST
    @Path("/{year}/rebuild")
    public Response rebuild(@PathParam("year") String yearParam, @QueryParam("entity") String legalEntity) {
        int year;
        try {
            year = Integer.parseInt(yearParam);
        } catch (NumberFormatException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity("year must be numeric").build();
        }
        if (year < 2000 || year > Year.now().getValue()) {
            return Response.status(Response.Status.BAD_REQUEST).entity("year out of range").build();
        }

        try (Connection con = reporting.getConnection();
             CallableStatement cs = con.prepareCall("{call reporting.rebuild_tax_summary(" + year + ", ?, ?)}")) { // sink
            cs.setString(1, legalEntity);
            cs.registerOutParameter(2, Types.BIGINT);
            cs.execute();
            long rows = cs.getLong(2);
            log.info("rebuilt tax summary {} for {}: {} rows", year, legalEntity, rows);
            return Response.ok("{\"year\":" + year + ",\"rows\":" + rows + "}").build();
        } catch (SQLException e) {
            log.error("tax summary rebuild failed for {}", year, e);
            return Response.serverError().build();
        }
    }
}
