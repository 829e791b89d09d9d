// Notification templates of the messaging service: the store arrives through an
// injected setter and the templates are read once after injection.
package singletons.case36;

import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class NotificationTemplateRegistry {

    private TemplateStore store;
    private Map<String, String> templates = Map.of();
    private Locale fallbackLocale = Locale.ENGLISH;

    @Inject
    void setStore(TemplateStore store) {
        this.store = store;
    }

    @PostConstruct
    void loadTemplates() {
        templates = Map.copyOf(store.loadAll());
        fallbackLocale = Locale.forLanguageTag(store.defaultLanguage());
    }

    public String render(String key, Locale locale, Map<String, String> values) {
        String template = templates.get(key + "_" + locale.getLanguage());
        if (template == null) {
            template = templates.get(key + "_" + fallbackLocale.getLanguage());
        }
        if (template == null) {
            throw new IllegalArgumentException("no template " + key);
        }
        var text = new StringBuilder(template);
        for (var entry : values.entrySet()) {
            String placeholder = "{{" + entry.getKey() + "}}";
            int at;
            while ((at = text.indexOf(placeholder)) >= 0) {
                text.replace(at, at + placeholder.length(), entry.getValue());
            }
        }
        return text.toString();
    }
}
