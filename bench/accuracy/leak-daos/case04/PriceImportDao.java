package leak.case04;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

public class PriceImportDao {

    private static final String UPSERT_PRICE =
            "INSERT INTO prices (sku, currency, amount) VALUES (?, ?, ?) "
                    + "ON CONFLICT (sku, currency) DO UPDATE SET amount = EXCLUDED.amount";

    private final DataSource dataSource;

    public PriceImportDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int[] importPrices(List<PriceRow> rows) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            PreparedStatement ps = conn.prepareStatement(UPSERT_PRICE); // leak
            for (PriceRow row : rows) {
                ps.setString(1, row.sku());
                ps.setString(2, row.currency());
                ps.setBigDecimal(3, row.amount());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            conn.commit();
            return counts;
        }
    }

    public record PriceRow(String sku, String currency, BigDecimal amount) {
    }
}
