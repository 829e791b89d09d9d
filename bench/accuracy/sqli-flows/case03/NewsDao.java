package eval5.case03;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

public class NewsDao {

    private final DataSource dataSource;

    public NewsDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> headlines(int offset, int limit) throws SQLException {
        String sql = "SELECT headline FROM news_items WHERE published_at <= CURRENT_TIMESTAMP ORDER BY published_at DESC"
                + " LIMIT " + limit + " OFFSET " + offset;
        List<String> result = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // sink
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
