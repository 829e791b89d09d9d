package opt.case48;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class DocumentService {

    private final JdbcClient jdbcClient;

    public DocumentService(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    public Optional<Document> find(Long id) {
        return jdbcClient.sql("SELECT id, title, mime_type, content FROM documents WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Document(rs.getLong("id"), rs.getString("title"),
                        rs.getString("mime_type"), rs.getBytes("content")))
                .optional();
    }
}
