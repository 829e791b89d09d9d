// Template storage of the messaging service (database table "notification_template").
package singletons.case36;

import java.util.Map;

public interface TemplateStore {

    Map<String, String> loadAll();

    String defaultLanguage();
}
