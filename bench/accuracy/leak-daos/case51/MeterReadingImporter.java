package leak.case51;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

public class MeterReadingImporter {

    private static final String INSERT_READING =
            "INSERT INTO meter_readings (meter_id, read_at, kwh) VALUES (?, ?, ?)";
    private static final int BATCH_SIZE = 1_000;

    private final DataSource dataSource;

    public MeterReadingImporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void importReadings(List<Reading> readings) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(INSERT_READING)) {
                int pending = 0;
                for (Reading r : readings) {
                    ps.setString(1, r.meterId());
                    ps.setTimestamp(2, Timestamp.from(r.readAt()));
                    ps.setDouble(3, r.kwh());
                    ps.addBatch();
                    if (++pending == BATCH_SIZE) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            }
        }
    }

    public record Reading(String meterId, Instant readAt, double kwh) {
    }
}
