package leak.case08;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

public class CurrencyRateDao {

    private static final String LATEST_RATES =
            "SELECT currency, rate FROM exchange_rates WHERE valid_to IS NULL";

    private final DataSource dataSource;

    public CurrencyRateDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, BigDecimal> loadLatestRates() throws SQLException {
        Map<String, BigDecimal> rates = new HashMap<>();
        try (Connection conn = dataSource.getConnection();
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(LATEST_RATES)) {
            while (rs.next()) {
                rates.put(rs.getString("currency"), rs.getBigDecimal("rate"));
            }
        }
        return rates;
    }
}
