// Concatenated SQL silenced on purpose: @SuppressWarnings on a method and on a class, and // backlint:ignore on the line above or the same line.
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

class DataFixupTasks {

    private final JdbcTemplate jdbcTemplate;

    DataFixupTasks(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    // Table names come from the migration manifest and are checked against information_schema first.
    @SuppressWarnings("backlint:sql-concatenation")
    void reindex(List<String> tables) {
        for (String table : tables) {
            jdbcTemplate.execute("REINDEX TABLE " + table);
        }
    }

    int lowercase(String column) {
        // backlint:ignore sql-concatenation -- column is one of MIGRATED_COLUMNS, checked by the caller
        return jdbcTemplate.update("UPDATE customers SET " + column + " = lower(" + column + ") WHERE " + column + " IS NOT NULL");
    }

    void analyze(String table) {
        jdbcTemplate.execute("ANALYZE " + table);  // backlint:ignore sql-concatenation -- table from the manifest
    }

    @SuppressWarnings({"unchecked", "backlint:sql-concatenation"})
    static final class PartitionMaintenance {

        private final JdbcTemplate jdbcTemplate;

        PartitionMaintenance(JdbcTemplate jdbcTemplate) {
            this.jdbcTemplate = jdbcTemplate;
        }

        void dropPartition(String partition) {
            jdbcTemplate.execute("DROP TABLE IF EXISTS " + partition);
        }

        void attachPartition(String parent, String partition, String from, String to) {
            jdbcTemplate.execute("ALTER TABLE " + parent + " ATTACH PARTITION " + partition
                    + " FOR VALUES FROM ('" + from + "') TO ('" + to + "')");
        }
    }
}
