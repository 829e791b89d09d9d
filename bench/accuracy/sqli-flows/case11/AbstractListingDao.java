package eval5.case11;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base class for the back-office listing screens: subclasses name the table, the
 * columns and how the free-text filter box narrows the rows.
 */
public abstract class AbstractListingDao {

    private final Logger log = LoggerFactory.getLogger(getClass());

    protected final JdbcTemplate jdbcTemplate;

    protected AbstractListingDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    protected abstract String table();

    protected abstract String columns();

    protected abstract String filterCondition(String filter);

    public final List<Map<String, Object>> list(String filter, int maxRows) {
        String where = filter == null || filter.isBlank() ? "1 = 1" : filterCondition(filter);
        String sql = "SELECT " + columns() + " FROM " + table() + " WHERE " + where + " FETCH FIRST " + maxRows + " ROWS ONLY";
        log.debug("listing {} with filter [{}]", table(), filter);
        return jdbcTemplate.queryForList(sql); // sink
    }
}
