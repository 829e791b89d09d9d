package concat.case04;

import org.springframework.jdbc.core.JdbcTemplate;

public class EventArchiveDao {
    private final JdbcTemplate jdbcTemplate;
    private String archiveTable = "events_archive";

    public EventArchiveDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void setArchiveTable(String archiveTable) {
        this.archiveTable = archiveTable;
    }

    public int countArchived() {
        Integer n = jdbcTemplate.queryForObject("SELECT count(*) FROM " + archiveTable, Integer.class); // sink
        return n == null ? 0 : n;
    }
}
