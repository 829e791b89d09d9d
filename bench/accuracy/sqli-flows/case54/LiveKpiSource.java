package eval5.case54;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

final class LiveKpiSource implements KpiSource {

    private final JdbcTemplate jdbc;

    LiveKpiSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Map<String, Object>> kpis(String region) {
        return jdbc.queryForList("SELECT metric, value, measured_at FROM kpi_live WHERE region = ? ORDER BY metric", region);
    }
}
