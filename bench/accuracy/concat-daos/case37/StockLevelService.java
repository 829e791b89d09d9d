package concat.case37;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class StockLevelService {
    private final JdbcTemplate jdbcTemplate;

    public StockLevelService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> levels(Collection<String> skus) {
        String skuList = skus.stream().map(s -> "'" + s + "'").collect(Collectors.joining(","));
        return jdbcTemplate.queryForList("SELECT sku, quantity FROM stock WHERE sku IN (" + skuList + ")"); // sink
    }
}
