package stars.case04;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class SignupMetricsRepository {

    private final JdbcTemplate jdbc;

    public SignupMetricsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> signupsPerDay(LocalDate since) {
        return jdbc.queryForList(
                "select created_on, count( * ) as signups from users where created_on >= ? group by created_on",
                since);
    }
}
