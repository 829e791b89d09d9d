package leak.case43;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

public class PriceLookupService {

    private static final String PRICE_FOR_SKU =
            "SELECT amount FROM prices WHERE sku = ? AND currency = 'EUR'";

    private final DataSource dataSource;

    public PriceLookupService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Map<String, BigDecimal> pricesFor(List<String> skus) throws SQLException {
        Map<String, BigDecimal> prices = new HashMap<>();
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(PRICE_FOR_SKU)) {
            for (String sku : skus) {
                ps.setString(1, sku);
                ResultSet rs = ps.executeQuery();
                try {
                    if (!rs.next()) {
                        continue;
                    }
                    prices.put(sku, rs.getBigDecimal(1));
                } finally {
                    rs.close();
                }
            }
        }
        return prices;
    }
}
