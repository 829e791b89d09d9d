package eval5.case41;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcNotificationTemplateStore implements NotificationTemplateStore {

    private static final String FIND = """
            SELECT code, language, subject, body
              FROM notification_templates
             WHERE code = :code AND language = :language AND retired = FALSE
            """;

    private final JdbcClient jdbcClient;

    JdbcNotificationTemplateStore(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @Override
    public Optional<Template> find(String code, String language) {
        return jdbcClient.sql(FIND).param("code", code).param("language", language).query(Template.class).optional(); // sink
    }
}
