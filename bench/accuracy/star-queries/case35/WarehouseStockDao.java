package stars.case35;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class WarehouseStockDao {

    private final JdbcTemplate jdbcTemplate;

    public WarehouseStockDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> lowStock(int threshold) {
        return jdbcTemplate.queryForList("Select\t  *\tFrom stock_levels Where on_hand < ?", threshold); // star
    }
}
