package concat.case58;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

public class SqlDialectProbe {
    private static final Logger LOG = Logger.getLogger(SqlDialectProbe.class.getName());

    private final DataSource dataSource;

    public SqlDialectProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String describeUpperCaseEscape() throws SQLException {
        final String escape = "{fn UCASE(name)}";
        try (Connection connection = dataSource.getConnection()) {
            String nativeSql = connection.nativeSQL("SELECT id, " + escape + " FROM regions"); // sink
            LOG.info(() -> "driver translates escape to: " + nativeSql);
            return nativeSql;
        }
    }
}
