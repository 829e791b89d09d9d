package concat.case47;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Used by the migration tool to show what the driver sends for JDBC escape syntax. */
public class EscapeTranslator {
    private final DataSource dataSource;

    public EscapeTranslator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String toNative(String jdbcEscapedSql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.nativeSQL(jdbcEscapedSql); // sink
        }
    }
}
