package eval5.case41;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class CachedNotificationTemplateStore implements NotificationTemplateStore {

    private final NotificationTemplateStore delegate;
    private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();

    public CachedNotificationTemplateStore(JdbcClient jdbcClient) {
        this.delegate = new JdbcNotificationTemplateStore(jdbcClient);
    }

    @Override
    public Optional<Template> find(String code, String language) {
        return cache.computeIfAbsent(code + '/' + language, key -> delegate.find(code, language));
    }
}
