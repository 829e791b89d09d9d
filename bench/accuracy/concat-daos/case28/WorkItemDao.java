package concat.case28;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class WorkItemDao {
    private final JdbcTemplate jdbcTemplate;

    public WorkItemDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> backlog(long projectId, String sortKey) {
        String column;
        switch (sortKey) {
            case "due":
                column = "due_on";
                break;
            case "priority":
                column = "priority DESC";
                break;
            default:
                column = sortKey;
        }
        String sql = "SELECT id, title, priority, due_on FROM work_items WHERE project_id = ? ORDER BY " + column;
        return jdbcTemplate.queryForList(sql, projectId); // sink
    }
}
