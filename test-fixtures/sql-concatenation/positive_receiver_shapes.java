// Sinks recognised by the receiver's declared type: a parameter, a typed local, this.field, a field used in a lambda or inner class.
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

class TableMaintenance {

    private final JdbcTemplate jdbcTemplate;
    private final DataSource reportingDataSource;

    TableMaintenance(JdbcTemplate jdbcTemplate, DataSource reportingDataSource) {
        this.jdbcTemplate = jdbcTemplate;
        this.reportingDataSource = reportingDataSource;
    }

    static void truncate(JdbcTemplate jdbc, String table) {
        jdbc.execute("TRUNCATE TABLE " + table);  // expect: sql-concatenation "from `table`"
    }

    void vacuumReporting(String table) {
        JdbcTemplate reporting = new JdbcTemplate(reportingDataSource);
        reporting.execute("VACUUM ANALYZE " + table);  // expect: sql-concatenation "from `table`"
    }

    int resetSequence(String sequence, long start) {
        return this.jdbcTemplate.update("ALTER SEQUENCE " + sequence + " RESTART WITH " + start);  // expect: sql-concatenation "from `sequence`"
    }

    void analyzeAll(List<String> tables) {
        tables.forEach(table -> jdbcTemplate.execute("ANALYZE " + table));  // expect: sql-concatenation "from `table`"
    }

    Runnable dropLater(String table) {
        return new Runnable() {
            @Override
            public void run() {
                jdbcTemplate.execute("DROP TABLE IF EXISTS " + table);  // expect: sql-concatenation "from `table`"
            }
        };
    }
}
