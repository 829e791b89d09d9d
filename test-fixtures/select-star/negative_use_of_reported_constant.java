// Uses of a SELECT * constant declared in another file (LedgerAccountDao.ALL_ACCOUNTS): reported there, not here.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class LedgerReportService {

    private static final String OPEN_ACCOUNTS = LedgerAccountDao.ALL_ACCOUNTS + " WHERE closed_at IS NULL";

    private final JdbcTemplate jdbcTemplate;

    LedgerReportService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> openAccounts() {
        return jdbcTemplate.queryForList(OPEN_ACCOUNTS);
    }

    List<Map<String, Object>> frozenAccounts() {
        return jdbcTemplate.queryForList(LedgerAccountDao.ALL_ACCOUNTS + " WHERE status = 'FROZEN'");
    }

    List<Map<String, Object>> everyAccount() {
        return jdbcTemplate.queryForList(LedgerAccountDao.ALL_ACCOUNTS);
    }
}
