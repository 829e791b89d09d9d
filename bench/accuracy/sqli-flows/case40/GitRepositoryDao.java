package eval5.case40;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class GitRepositoryDao {

    private final JdbcTemplate jdbcTemplate;

    public GitRepositoryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> find(String... clauses) {
        String where = clauses.length == 0 ? "" : " WHERE " + String.join(" AND ", clauses);
        return jdbcTemplate.queryForList("SELECT r.id, r.full_name, r.default_branch, r.owner_login FROM repositories r" + where + " ORDER BY r.full_name"); // sink
    }
}
