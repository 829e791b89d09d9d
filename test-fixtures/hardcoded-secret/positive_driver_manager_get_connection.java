// A plain-JDBC report DAO that passes a literal password to DriverManager.getConnection, once inline and once through a local variable.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

public class MonthlyReportDao {

    private static final String REPORT_DB_URL = "jdbc:postgresql://reports-db.internal:5432/reports";

    public List<String> topCustomers(int limit) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection(REPORT_DB_URL, "report_reader", "Rp7#kLq2!vZx9Tw"); // expect: hardcoded-secret "`getConnection`"
             PreparedStatement ps = conn.prepareStatement("SELECT name FROM customers ORDER BY revenue DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString("name"));
                }
            }
        }
        return names;
    }

    public int archiveOlderThan(int days) throws SQLException {
        String archiveUser = "archiver";
        String archivePassword = "Ar4!cH9vE#2mQp"; // expect: hardcoded-secret "`getConnection`"
        try (Connection conn = DriverManager.getConnection(REPORT_DB_URL, archiveUser, archivePassword);
             PreparedStatement ps = conn.prepareStatement("DELETE FROM report_runs WHERE created_at < now() - make_interval(days => ?)")) {
            ps.setInt(1, days);
            return ps.executeUpdate();
        }
    }
}
