package stars.case60;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PaymentSearchDao {

    private final JdbcTemplate jdbcTemplate;

    public PaymentSearchDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> search(String currency, Long minAmount) {
        StringBuilder sql = new StringBuilder("SELECT * FROM payments WHERE 1 = 1"); // star
        List<Object> args = new ArrayList<>();
        if (currency != null) {
            sql.append(" AND currency = ?");
            args.add(currency);
        }
        if (minAmount != null) {
            sql.append(" AND amount >= ?");
            args.add(minAmount);
        }
        return jdbcTemplate.queryForList(sql.toString(), args.toArray());
    }
}
