package eval.c97;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

@Path("/accounts")
public class Safe47_JaxrsPathParamLongValueOf {

    private final DataSource dataSource;

    public Safe47_JaxrsPathParamLongValueOf(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Path("/{id}/balance")
    @Produces("text/plain")
    public String balance(@PathParam("id") String id) {
        Long accountId = Long.valueOf(id);
        StringBuilder sql = new StringBuilder("SELECT balance FROM accounts WHERE id = ");
        sql.append(accountId);
        try (Connection conn = dataSource.getConnection();
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql.toString()); // sink
            return rs.next() ? rs.getBigDecimal(1).toPlainString() : "0";
        } catch (SQLException e) {
            throw new WebApplicationException(e, 500);
        }
    }
}
