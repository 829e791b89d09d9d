package stars.case47;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class SubscriptionExporter {

    private final DataSource dataSource;

    public SubscriptionExporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> exportPlans() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection conn = dataSource.getConnection();
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("select s.* from subscriptions s where s.renews = true")) { // star
            while (rs.next()) {
                lines.add(rs.getLong("id") + ";" + rs.getString("plan_code"));
            }
        }
        return lines;
    }
}
