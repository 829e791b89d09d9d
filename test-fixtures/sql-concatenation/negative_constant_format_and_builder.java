// String.format, formatted, String.join and StringBuilder whose every piece is a constant (optional filters bound as ? arguments).
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class ShippingRateDao {

    private static final String TABLE = "shipping_rates";
    private static final String COLUMNS = "id, zone, weight_from_g, weight_to_g, price_cents";

    private final JdbcTemplate jdbcTemplate;

    ShippingRateDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> all() {
        return jdbcTemplate.queryForList(String.format("SELECT %s FROM %s ORDER BY zone", COLUMNS, TABLE));
    }

    Map<String, Object> forWeight(String zone, int grams) {
        return jdbcTemplate.queryForMap(
                "SELECT %s FROM %s WHERE zone = ? AND ? BETWEEN weight_from_g AND weight_to_g".formatted(COLUMNS, TABLE),
                zone, grams);
    }

    List<Map<String, Object>> zonePrices() {
        return jdbcTemplate.queryForList("SELECT " + String.join(", ", "zone", "price_cents") + " FROM " + TABLE);
    }

    List<Map<String, Object>> search(String zone, Integer maxPriceCents) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ").append(TABLE)
                .append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (zone != null) {
            sql.append(" AND zone = ?");
            args.add(zone);
        }
        if (maxPriceCents != null) {
            sql.append(" AND price_cents <= ?");
            args.add(maxPriceCents);
        }
        sql.append(" ORDER BY price_cents");
        return jdbcTemplate.queryForList(sql.toString(), args.toArray());
    }
}
