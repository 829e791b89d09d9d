package concat.case17;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class DocumentRepository {
    private static final RowMapper<Document> MAPPER = (rs, i) -> new Document(
            rs.getLong("id"), rs.getString("title"), rs.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbcTemplate;

    public DocumentRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Document> listWorkspace(long workspaceId, String sortColumn) {
        String sql = """
                SELECT d.id, d.title, d.updated_at
                  FROM documents d
                 WHERE d.workspace_id = ?
                 ORDER BY d.%s DESC
                """.formatted(sortColumn);
        return jdbcTemplate.query(sql, MAPPER, workspaceId); // sink
    }

    public record Document(long id, String title, Instant updatedAt) {
    }
}
