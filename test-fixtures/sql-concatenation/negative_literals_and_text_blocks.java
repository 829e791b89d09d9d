// Constant SQL as plain literals, text blocks, literal-only concatenation over several lines, and Statement/EntityManager with literals.
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;

class SchemaBootstrap {

    private static final int BATCH_LIMIT = 1000;

    private final JdbcTemplate jdbcTemplate;
    private final EntityManager entityManager;

    SchemaBootstrap(JdbcTemplate jdbcTemplate, EntityManager entityManager) {
        this.jdbcTemplate = jdbcTemplate;
        this.entityManager = entityManager;
    }

    void createTables() {
        jdbcTemplate.execute("""
                CREATE TABLE IF NOT EXISTS outbox_events (
                    id BIGSERIAL PRIMARY KEY,
                    aggregate_id BIGINT NOT NULL,
                    payload JSONB NOT NULL,
                    published_at TIMESTAMPTZ
                )
                """);
        jdbcTemplate.execute("CREATE INDEX IF NOT EXISTS outbox_unpublished ON outbox_events (id) WHERE published_at IS NULL");
    }

    List<Map<String, Object>> unpublished() {
        return jdbcTemplate.queryForList("SELECT id, aggregate_id, payload"
                + " FROM outbox_events"
                + " WHERE published_at IS NULL"
                + " ORDER BY id"
                + " LIMIT " + BATCH_LIMIT);
    }

    int markPublished(long id) {
        return entityManager.createNativeQuery("UPDATE outbox_events SET published_at = now() WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    void setSearchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO app, public");
        }
    }
}
