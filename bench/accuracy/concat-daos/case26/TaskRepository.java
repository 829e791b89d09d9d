package concat.case26;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class TaskRepository {
    private static final RowMapper<Task> MAPPER = (rs, i) -> new Task(
            rs.getLong("id"), rs.getString("title"), rs.getDate("due_on").toLocalDate());

    private final JdbcTemplate jdbcTemplate;

    public TaskRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Task> findTasks(String savedFilterClause) {
        String where = " WHERE done = false";
        if (savedFilterClause != null && !savedFilterClause.isBlank()) {
            where = " WHERE " + savedFilterClause;
        }
        return jdbcTemplate.query("SELECT id, title, due_on FROM tasks" + where + " ORDER BY due_on", MAPPER); // sink
    }

    public record Task(long id, String title, LocalDate dueOn) {
    }
}
