package eval5.case15;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class RecentlyViewedRepository {

    private static final String RECENT = """
            SELECT v.sku
              FROM product_views v
             WHERE v.visitor_id = ?
             GROUP BY v.sku
             ORDER BY MAX(v.viewed_at) DESC
             LIMIT ?
            """;

    private final JdbcTemplate jdbcTemplate;

    public RecentlyViewedRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> recentSkus(String visitorId, int limit) {
        return jdbcTemplate.execute((Connection c) -> {
            List<String> skus = new ArrayList<>();
            try (var ps = c.prepareStatement(RECENT)) { // sink
                ps.setString(1, visitorId);
                ps.setInt(2, limit);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        skus.add(rs.getString("sku"));
                    }
                }
            }
            return skus;
        });
    }
}
