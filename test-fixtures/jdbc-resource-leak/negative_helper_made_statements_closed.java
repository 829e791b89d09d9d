// Statements and connections that a helper opens and hands out, closed by their callers; helpers that hand out borrowed or result objects.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

class TidyInvoiceGateway {

    private final DataSource dataSource;
    private Connection shared;
    private Statement cached;

    TidyInvoiceGateway(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private Statement statement() throws SQLException {
        return shared.createStatement();
    }

    private Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    private Statement cachedStatement() {
        return cached;
    }

    private ResultSet rows(Statement statement) throws SQLException {
        return statement.executeQuery("SELECT id FROM invoices");
    }

    int purge() throws SQLException {
        try (Statement statement = statement()) {
            return statement.executeUpdate("DELETE FROM invoice_drafts WHERE created_at < CURRENT_DATE - 30");
        }
    }

    void touch(long id) throws SQLException {
        Connection connection = open();
        try {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE invoices SET touched_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        } finally {
            connection.close();
        }
    }

    int count() throws SQLException {
        Statement statement = cachedStatement();
        try (ResultSet rs = rows(statement)) {
            return rs.next() ? 1 : 0;
        }
    }

    Statement forCaller() throws SQLException {
        return statement();
    }
}
