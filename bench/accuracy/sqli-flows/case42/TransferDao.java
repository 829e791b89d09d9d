package eval5.case42;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class TransferDao {

    private static final Logger log = LoggerFactory.getLogger(TransferDao.class);

    private final JdbcTemplate jdbcTemplate;

    public TransferDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Transfer> find(TransferQuery query) {
        String sql = "SELECT t.id, t.amount, t.currency, t.created_at FROM transfers t"
                + " WHERE t.source_account = '" + query.accountId() + "'"
                + " AND t.status = '" + query.status().name() + "'"
                + " ORDER BY t.created_at DESC LIMIT " + query.limit();
        log.debug("transfer search {}", sql);
        return jdbcTemplate.query(sql, (rs, n) -> new Transfer(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3), rs.getTimestamp(4).toInstant())); // sink
    }

    public record Transfer(long id, BigDecimal amount, String currency, Instant createdAt) {
    }
}
