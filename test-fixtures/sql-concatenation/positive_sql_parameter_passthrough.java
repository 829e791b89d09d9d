// SQL received as a method parameter (or element of one) and handed straight to the sink, through JdbcTemplate and JdbcOperations.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;

class SchemaMigrationRunner {

    private final JdbcTemplate jdbcTemplate;

    SchemaMigrationRunner(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void run(String sql) {
        jdbcTemplate.execute(sql);  // expect: sql-concatenation "from `sql`"
    }

    void runAll(List<String> statements) {
        for (String statement : statements) {
            jdbcTemplate.execute(statement);  // expect: sql-concatenation "from `statement`"
        }
    }
}

class GenericQueryService {

    private final JdbcOperations jdbc;

    GenericQueryService(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Object>> rows(String sql, Object... args) {
        return jdbc.queryForList(sql, args);  // expect: sql-concatenation "from `sql`"
    }

    <T> T single(String sql, Class<T> type, Object... args) {
        return jdbc.queryForObject(sql, type, args);  // expect: sql-concatenation "from `sql`"
    }
}
