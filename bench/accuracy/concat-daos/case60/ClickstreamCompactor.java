package concat.case60;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class ClickstreamCompactor {
    private static final String RAW = "analytics.click_events";
    private static final String DAYS_TO_KEEP = "30";

    private final DataSource dataSource;

    public ClickstreamCompactor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long dropExpiredRawEvents() throws SQLException {
        StringBuffer sql = new StringBuffer("DELETE FROM ");
        sql.append(RAW);
        sql.append(" WHERE occurred_at < current_date - ");
        sql.append(DAYS_TO_KEEP);
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            return st.executeLargeUpdate(sql.toString()); // sink
        }
    }
}
