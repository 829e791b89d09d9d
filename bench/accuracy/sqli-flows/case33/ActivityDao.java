package eval5.case33;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

public class ActivityDao {

    private final DataSource dataSource;

    public ActivityDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> latest(Integer limit) throws SQLException {
        List<String> items = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT summary FROM activity_events ORDER BY created_at DESC LIMIT " + limit)) { // sink
                while (rs.next()) {
                    items.add(rs.getString(1));
                }
            }
        }
        return items;
    }
}
