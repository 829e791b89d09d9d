package eval5.case14;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Template for the reference-data lookups behind the type-ahead fields. */
public abstract class AbstractLookupDao<T> {

    private final Logger log = LoggerFactory.getLogger(getClass());

    private final JdbcTemplate jdbcTemplate;

    protected AbstractLookupDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    protected abstract String selectClause();

    /** The WHERE condition; it takes the typed prefix as its single bind parameter. */
    protected abstract String prefixCondition();

    protected abstract RowMapper<T> rowMapper();

    public final List<T> lookup(String typedPrefix) {
        String sql = selectClause() + " WHERE " + prefixCondition() + " FETCH FIRST 20 ROWS ONLY";
        log.debug("lookup [{}]", typedPrefix);
        return jdbcTemplate.query(sql, rowMapper(), typedPrefix.toUpperCase() + "%"); // sink
    }
}
