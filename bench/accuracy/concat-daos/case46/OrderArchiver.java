package concat.case46;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class OrderArchiver {
    private static final String ARCHIVE_SCHEMA = "archive";
    private static final String RETENTION = "interval '1 year'";

    private final DataSource dataSource;

    public OrderArchiver(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void archiveClosedOrders() throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            conn.setAutoCommit(false);
            stmt.addBatch("INSERT INTO " + ARCHIVE_SCHEMA + ".orders SELECT * FROM orders WHERE closed_at < now() - " + RETENTION); // sink
            stmt.addBatch("DELETE FROM orders WHERE closed_at < now() - interval '1 year'");
            stmt.executeBatch();
            conn.commit();
        }
    }
}
