package concat.case15;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class TableStatsCollector {
    private final Connection connection;

    public TableStatsCollector(Connection connection) {
        this.connection = connection;
    }

    public long countRows(String tableName) throws SQLException {
        String sql = String.format("SELECT count(*) FROM %s", tableName);
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // sink
            rs.next();
            return rs.getLong(1);
        }
    }
}
