package concat.case19;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class StagingWriter {
    private final JdbcTemplate jdbcTemplate;

    public StagingWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public int insertRow(Map<String, Object> row) {
        StringBuilder sql = new StringBuilder("INSERT INTO export_staging (");
        List<Object> args = new ArrayList<>();
        for (Map.Entry<String, Object> column : row.entrySet()) {
            if (!args.isEmpty()) {
                sql.append(", ");
            }
            sql.append(column.getKey());
            args.add(column.getValue());
        }
        sql.append(") VALUES (").append(String.join(", ", Collections.nCopies(args.size(), "?"))).append(")");
        return jdbcTemplate.update(sql.toString(), args.toArray()); // sink
    }
}
