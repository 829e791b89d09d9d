package leak.case42;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

public class CountryReferenceLoader {

    private static final String ACTIVE_COUNTRIES =
            "SELECT iso_code FROM countries WHERE active = TRUE ORDER BY iso_code";

    private final String jdbcUrl;
    private final String username;
    private final String password;

    public CountryReferenceLoader(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public List<String> fetchActiveCountryCodes() throws SQLException {
        Connection conn = DriverManager.getConnection(jdbcUrl, username, password); // leak
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(ACTIVE_COUNTRIES)) {
            List<String> codes = new ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return codes;
        } catch (SQLException e) {
            conn.close();
            throw new SQLException("Failed to load country codes from " + jdbcUrl, e);
        }
    }
}
