package eval5.case12;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

public final class JdbcSupport {

    private static final int TIMEOUT_SECONDS = 5;

    private JdbcSupport() {
    }

    /** A statement with the service-wide query timeout applied. */
    public static Statement statement(Connection connection) throws SQLException {
        Statement st = connection.createStatement();
        st.setQueryTimeout(TIMEOUT_SECONDS);
        return st;
    }
}
