package leak.case47;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class EventStatisticsDao {

    private static final String COUNT_LIVE_EVENTS =
            "SELECT COUNT(id) FROM events WHERE archived = FALSE";

    private final DataSource dataSource;

    public EventStatisticsDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long countLiveEvents() throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            Statement st = conn.createStatement(); // leak
            ResultSet rs = null;
            long count;
            try {
                rs = st.executeQuery(COUNT_LIVE_EVENTS);
                rs.next();
                count = rs.getLong(1);
            } finally {
                if (rs != null) {
                    rs.close();
                }
            }
            st.close();
            return count;
        }
    }
}
