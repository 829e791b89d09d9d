package eval5.case20;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class ExactTitleSearch implements DocumentSearch {

    private final JdbcTemplate jdbcTemplate;

    public ExactTitleSearch(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public List<String> search(String text) {
        return jdbcTemplate.queryForList("SELECT d.doc_key FROM documents d WHERE lower(d.title) = lower(?) ORDER BY d.doc_key", String.class, text);
    }
}
