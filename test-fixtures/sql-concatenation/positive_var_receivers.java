// Receivers declared with var: a JdbcTemplate made with new, a statement and a connection from try-with-resources, and a for-each variable over statements.
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

class TenantSchemaTool {

    private final DataSource dataSource;

    TenantSchemaTool(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int purge(String table) {
        var jdbc = new JdbcTemplate(dataSource);
        return jdbc.update("DELETE FROM " + table);  // expect: sql-concatenation "from `table`"
    }

    void drop(String table) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + table);  // expect: sql-concatenation "from `table`"
        }
    }

    void prepare(String column) throws SQLException {
        try (var connection = dataSource.getConnection();
             var ps = connection.prepareStatement("SELECT " + column + " FROM accounts")) {  // expect: sql-concatenation "from `column`"
            ps.execute();
        }
    }

    void truncateAll(List<Statement> statements, String table) throws SQLException {
        for (var statement : statements) {
            statement.executeUpdate("TRUNCATE " + table);  // expect: sql-concatenation "from `table`"
        }
    }
}
