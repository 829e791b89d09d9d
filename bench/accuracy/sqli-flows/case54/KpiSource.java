package eval5.case54;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

public interface KpiSource {

    List<Map<String, Object>> kpis(String region);

    static KpiSource live(JdbcTemplate jdbc) {
        return new LiveKpiSource(jdbc);
    }

    static KpiSource dailySnapshot(JdbcTemplate jdbc) {
        return new SnapshotKpiSource(jdbc, "kpi_snapshot_daily");
    }

    static KpiSource weeklySnapshot(JdbcTemplate jdbc) {
        return new SnapshotKpiSource(jdbc, "kpi_snapshot_weekly");
    }
}
