package eval5.case48;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class HeaderStatsDao {

    @Resource(lookup = "java:app/jdbc/telemetry")
    DataSource dataSource;

    public void recordSeen(List<String> headerNames) throws SQLException {
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            con.setAutoCommit(false);
            for (String name : headerNames) {
                st.addBatch("INSERT INTO header_stats (header_name, hits) VALUES ('" + name + "', 1) ON CONFLICT (header_name) DO UPDATE SET hits = header_stats.hits + 1"); // sink
            }
            st.executeBatch();
            con.commit();
        }
    }
}
