package leak.case05;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

public class StagingImportService {

    private static final String RECORD_RESET =
            "INSERT INTO import_runs (kind, started_at) VALUES ('RESET', ?)";

    private final DataSource dataSource;

    public StagingImportService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void resetStaging() throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            conn.createStatement().execute("TRUNCATE TABLE staging_import"); // leak
            try (PreparedStatement ps = conn.prepareStatement(RECORD_RESET)) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
        }
    }
}
