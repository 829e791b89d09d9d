// Text built only from literals and static constants of classes (Locale.ROOT as a format's locale, an enum constant's name): fixed, whatever their values.
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;

class JobHistoryDao {

    private final JdbcTemplate jdbcTemplate;

    JobHistoryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> lastHour() {
        return jdbcTemplate.queryForList(String.format(Locale.ROOT,
                "SELECT id, name FROM job_runs WHERE age_seconds < %d", 3600));
    }

    List<Map<String, Object>> inSeconds() {
        return jdbcTemplate.queryForList("SELECT id FROM job_runs WHERE unit = '" + TimeUnit.SECONDS.name() + "'");
    }
}
