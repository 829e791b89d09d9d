package eval5.case20;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class FullTextSearch implements DocumentSearch {

    private final JdbcTemplate jdbcTemplate;

    public FullTextSearch(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public List<String> search(String text) {
        String tsQuery = String.join(" & ", text.trim().split("\\s+"));
        String sql = "SELECT d.doc_key FROM documents d WHERE d.body_tsv @@ to_tsquery('english', '" + tsQuery + "')"
                + " ORDER BY ts_rank(d.body_tsv, to_tsquery('english', '" + tsQuery + "')) DESC LIMIT 50";
        return jdbcTemplate.queryForList(sql, String.class); // sink
    }
}
