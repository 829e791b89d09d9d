// Connections handed to helper methods that close them, keep them, or pass them on: the helper owns them now.
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

class ReportingConnectionBroker {

    private final DataSource dataSource;
    private final List<Connection> borrowed = new ArrayList<>();

    ReportingConnectionBroker(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void refreshViews() throws SQLException {
        Connection connection = dataSource.getConnection();
        refreshAndClose(connection);
    }

    void lendForReport() throws SQLException {
        Connection connection = dataSource.getConnection();
        keep(connection);
    }

    void lendToWorker() throws SQLException {
        Connection connection = dataSource.getConnection();
        handOver(connection);
    }

    private void refreshAndClose(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("REFRESH MATERIALIZED VIEW daily_sales");
        } finally {
            connection.close();
        }
    }

    private void keep(Connection connection) {
        borrowed.add(connection);
    }

    private void handOver(Connection connection) {
        new Thread(new ReportWorker(connection)).start();
    }

    private static final class ReportWorker implements Runnable {
        private final Connection connection;

        ReportWorker(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void run() {
            try (Connection owned = connection; var statement = owned.createStatement()) {
                statement.execute("SELECT 1");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
