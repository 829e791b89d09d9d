package concat.case41;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

public class PriceBatchWriter {
    private final DataSource dataSource;

    public PriceBatchWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void apply(List<PriceUpdate> updates) throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            conn.setAutoCommit(false);
            for (PriceUpdate u : updates) {
                stmt.addBatch("UPDATE prices SET amount_cents = " + u.amountCents() + " WHERE sku = '" + u.sku() + "'"); // sink
            }
            stmt.executeBatch();
            conn.commit();
        }
    }
}
