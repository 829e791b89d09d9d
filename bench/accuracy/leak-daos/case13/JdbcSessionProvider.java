package leak.case13;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

public class JdbcSessionProvider {

    private final DataSource dataSource;

    public JdbcSessionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens a session; the caller closes it. */
    public JdbcSession openSession() throws SQLException {
        Connection conn = dataSource.getConnection();
        return new JdbcSession(conn);
    }

    public static final class JdbcSession implements AutoCloseable {

        private final Connection connection;

        JdbcSession(Connection connection) {
            this.connection = connection;
        }

        public int execute(String sql, Object... params) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
