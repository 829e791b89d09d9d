package eval5.case52;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

public class SalesReportDao {

    private final DataSource dataSource;

    public SalesReportDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, BigDecimal> totalsFor(String... regions) throws SQLException {
        String inList = "'" + String.join("', '", regions) + "'";
        String sql = "SELECT region_code, SUM(net_amount) AS total FROM sales_facts"
                + " WHERE region_code IN (" + inList + ") AND fiscal_year = EXTRACT(YEAR FROM CURRENT_DATE)"
                + " GROUP BY region_code ORDER BY region_code";
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql); // sink
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                totals.put(rs.getString("region_code"), rs.getBigDecimal("total"));
            }
        }
        return totals;
    }
}
