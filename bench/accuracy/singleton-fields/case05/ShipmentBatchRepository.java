// Batch insert of shipment lines, with a row counter that the operations endpoint reads
// and resets between load tests.
package singletons.case05;

import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ShipmentBatchRepository {

    private static final String INSERT_LINE = """
            INSERT INTO shipment_line (shipment_id, sku, quantity, weight_grams)
            VALUES (?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private long rowsSinceReset; // shared

    public ShipmentBatchRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insertAll(List<ShipmentLine> lines) {
        int[][] counts = jdbc.batchUpdate(INSERT_LINE, lines, 500, (ps, line) -> {
            ps.setString(1, line.shipmentId());
            ps.setString(2, line.sku());
            ps.setInt(3, line.quantity());
            ps.setInt(4, line.weightGrams());
        });
        long written = Arrays.stream(counts)
                .flatMapToInt(Arrays::stream)
                .filter(c -> c > 0 || c == Statement.SUCCESS_NO_INFO)
                .count();
        synchronized (this) {
            rowsSinceReset += written;
        }
        return written;
    }

    public synchronized long rowsSinceReset() {
        return rowsSinceReset;
    }

    public long resetStatistics() {
        long previous = rowsSinceReset;
        rowsSinceReset = 0;
        return previous;
    }

    public record ShipmentLine(String shipmentId, String sku, int quantity, int weightGrams) {
    }
}
