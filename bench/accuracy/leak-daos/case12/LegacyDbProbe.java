package leak.case12;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

public class LegacyDbProbe {

    private static final Logger LOG = Logger.getLogger(LegacyDbProbe.class.getName());

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public LegacyDbProbe(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public boolean ping() {
        try {
            Connection conn = DriverManager.getConnection(jdbcUrl, user, password); // leak
            return conn.isValid(2);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Legacy database is not reachable at " + jdbcUrl, e);
            return false;
        }
    }
}
