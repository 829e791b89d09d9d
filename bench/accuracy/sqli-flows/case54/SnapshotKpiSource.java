package eval5.case54;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

final class SnapshotKpiSource implements KpiSource {

    private final JdbcTemplate jdbc;
    private final String table;

    SnapshotKpiSource(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    @Override
    public List<Map<String, Object>> kpis(String region) {
        String sql = "SELECT metric, value, snapshot_date AS measured_at FROM " + table
                + " WHERE region = ? AND snapshot_date = (SELECT max(snapshot_date) FROM " + table + ") ORDER BY metric";
        return jdbc.queryForList(sql, region); // sink
    }
}
