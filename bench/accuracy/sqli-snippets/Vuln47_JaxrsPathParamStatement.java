package eval.c47;

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
public class Vuln47_JaxrsPathParamStatement {

    private final DataSource dataSource;

    public Vuln47_JaxrsPathParamStatement(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Path("/{iban}/balance")
    @Produces("text/plain")
    public String balance(@PathParam("iban") String iban) {
        StringBuilder sql = new StringBuilder("SELECT balance FROM accounts WHERE iban = '");
        sql.append(iban).append("'");
        try (Connection conn = dataSource.getConnection();
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(sql.toString()); // sink
            return rs.next() ? rs.getBigDecimal(1).toPlainString() : "0";
        } catch (SQLException e) {
            throw new WebApplicationException(e, 500);
        }
    }
}
