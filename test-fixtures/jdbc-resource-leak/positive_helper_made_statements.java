// Statements and connections that a helper of the class opens and hands out, left open by the callers that use them.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

class LegacyInvoiceGateway {

    private final DataSource dataSource;
    private Connection shared;

    LegacyInvoiceGateway(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private Statement statement() throws SQLException {
        Statement statement = shared.createStatement();
        statement.setQueryTimeout(10);
        return statement;
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        return shared.prepareStatement(sql);
    }

    private Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    int purge() throws SQLException {
        Statement statement = statement();  // expect: jdbc-resource-leak "`Statement` from `statement()`"
        return statement.executeUpdate("DELETE FROM invoice_drafts WHERE created_at < CURRENT_DATE - 30");
    }

    boolean exists(long id) throws SQLException {
        PreparedStatement ps = this.prepared("SELECT 1 FROM invoices WHERE id = ?");  // expect: jdbc-resource-leak "`PreparedStatement` from `prepared()`"
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    void touch(long id) throws SQLException {
        Connection connection = open();  // expect: jdbc-resource-leak "`Connection` from `open()`"
        try (PreparedStatement ps = connection.prepareStatement("UPDATE invoices SET touched_at = CURRENT_TIMESTAMP WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
