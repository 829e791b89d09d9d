package stars.case48;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class BranchDao {

    private final JdbcTemplate jdbcTemplate;

    public BranchDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> all() {
        return jdbcTemplate.queryForList(BranchQueries.BRANCH_NAMES);
    }

    public List<Map<String, Object>> inRegion(String region) {
        return jdbcTemplate.queryForList(BranchQueries.BRANCH_NAMES + " WHERE region = ?", region);
    }
}
