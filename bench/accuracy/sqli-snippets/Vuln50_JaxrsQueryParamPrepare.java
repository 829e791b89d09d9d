package eval.c50;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

@Path("/parcels")
public class Vuln50_JaxrsQueryParamPrepare {

    @GET
    public List<String> track(@QueryParam("carrier") String carrier, @QueryParam("since") String since) {
        List<String> out = new ArrayList<>();
        String sql = "SELECT tracking_no FROM parcels WHERE carrier = ? AND shipped_on >= '" + since + "'";
        try (Connection conn = DriverManager.getConnection(System.getenv("DB_URL"))) {
            PreparedStatement ps = conn.prepareStatement(sql); // sink
            ps.setString(1, carrier);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            ps.close();
        } catch (SQLException e) {
            throw new WebApplicationException(e, 500);
        }
        return out;
    }
}
