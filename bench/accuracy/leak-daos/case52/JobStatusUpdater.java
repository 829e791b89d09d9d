package leak.case52;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

public class JobStatusUpdater {

    private static final String UPDATE_STATUS =
            "UPDATE batch_jobs SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?";

    private final DataSource dataSource;

    public JobStatusUpdater(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void applyStatuses(Map<Long, String> statusByJobId) throws SQLException {
        Connection conn = dataSource.getConnection();
        try {
            PreparedStatement ps;
            for (Map.Entry<Long, String> entry : statusByJobId.entrySet()) {
                ps = conn.prepareStatement(UPDATE_STATUS);
                try {
                    ps.setString(1, entry.getValue());
                    ps.setLong(2, entry.getKey());
                    ps.executeUpdate();
                } finally {
                    ps.close();
                }
            }
        } finally {
            conn.close();
        }
    }
}
