package eval.c27;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln27_PathVariableTableName {

    private final JdbcTemplate jdbc;

    public Vuln27_PathVariableTableName(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/stats/{table}/count")
    public Integer count(@PathVariable String table) {
        String sql = "SELECT COUNT(*) FROM " + table;
        return jdbc.queryForObject(sql, Integer.class); // sink
    }
}
