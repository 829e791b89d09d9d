// Holder classes that hand out objects that run SQL (fields and methods) to DAOs of another file, and a look-alike that runs none; no request data here.
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

class HandedOutDatabases {

    final JdbcTemplate jdbc;
    final HandedOutNameIndex names = new HandedOutNameIndex();
    private final Map<String, DataSource> tenants;

    HandedOutDatabases(JdbcTemplate jdbc, Map<String, DataSource> tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    JdbcTemplate templateFor(String tenant) {
        return new JdbcTemplate(tenants.get(tenant));
    }

    static Statement statement(Connection connection) throws SQLException {
        Statement statement = connection.createStatement();
        statement.setQueryTimeout(5);
        return statement;
    }
}

class HandedOutNameIndex {

    List<Map<String, Object>> queryForList(String filter) {
        return List.of(Map.of("filter", filter));
    }
}
