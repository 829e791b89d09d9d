// SQL whose text comes from run-time method results: a properties lookup, a file, a helper that concatenates, an env-derived static final.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.jdbc.core.JdbcTemplate;

class ReportRunner {

    private static final String SCHEMA = System.getenv().getOrDefault("REPORT_SCHEMA", "reporting");

    private final JdbcTemplate jdbcTemplate;
    private final Properties reportQueries;

    ReportRunner(JdbcTemplate jdbcTemplate, Properties reportQueries) {
        this.jdbcTemplate = jdbcTemplate;
        this.reportQueries = reportQueries;
    }

    List<Map<String, Object>> run(String reportName) {
        return jdbcTemplate.queryForList(reportQueries.getProperty("report." + reportName));  // expect: sql-concatenation "from `reportName`"
    }

    List<Map<String, Object>> dailyRevenue(LocalDate day) {
        return jdbcTemplate.queryForList("SELECT region, revenue FROM " + SCHEMA + ".daily_revenue WHERE day = ?", day);  // expect: sql-concatenation "from `SCHEMA`"
    }

    void runScript(Path script) throws IOException {
        jdbcTemplate.execute(Files.readString(script));  // expect: sql-concatenation "from `script`"
    }

    List<Map<String, Object>> topProducts(String region) {
        return jdbcTemplate.queryForList(topProductsSql(region));  // expect: sql-concatenation "from `region`"
    }

    private String topProductsSql(String region) {
        return "SELECT sku, units FROM top_products WHERE region = '" + region + "' ORDER BY units DESC";
    }
}
