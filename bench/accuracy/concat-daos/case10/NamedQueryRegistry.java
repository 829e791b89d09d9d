package concat.case10;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.jdbc.core.JdbcTemplate;

public class NamedQueryRegistry {
    private final Map<String, String> queries = new HashMap<>();
    private final JdbcTemplate jdbcTemplate;

    public NamedQueryRegistry(JdbcTemplate jdbcTemplate, Properties definitions) {
        this.jdbcTemplate = jdbcTemplate;
        for (String name : definitions.stringPropertyNames()) {
            queries.put(name, definitions.getProperty(name));
        }
    }

    public List<Map<String, Object>> run(String name, Object... args) {
        String sql = queries.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("No query named " + name);
        }
        return jdbcTemplate.queryForList(sql, args); // sink
    }
}
