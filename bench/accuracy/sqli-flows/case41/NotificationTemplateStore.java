package eval5.case41;

import java.util.Optional;

public interface NotificationTemplateStore {

    Optional<Template> find(String code, String language);

    record Template(String code, String language, String subject, String body) {
    }
}
