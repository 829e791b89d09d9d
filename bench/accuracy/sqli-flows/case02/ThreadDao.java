package eval5.case02;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

public class ThreadDao {

    private final DataSource dataSource;

    public ThreadDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Map<String, Object>> latest(String columns) throws SQLException {
        String sql = "SELECT " + columns + " FROM forum_threads t WHERE t.hidden = FALSE ORDER BY t.last_reply_at DESC LIMIT 50";
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement(); ResultSet rs = st.executeQuery(sql)) { // sink
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
