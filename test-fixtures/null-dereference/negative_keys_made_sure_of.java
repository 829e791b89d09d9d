// Keys the code makes sure of: a helper that tests a key as one part of an `&&`, a fixed key the constructor puts and nothing removes, a property name read from the same Properties, a search over a registry that only static initialisation fills, a key read from a list kept in step with the map, and a fixed key of a map the class keeps when only other fixed keys are tested.
import java.util.Map;
import java.util.Properties;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
class Themes {
    private final Map<String, Map<String, String>> themes;
    private final Map<String, Object> attributes = new HashMap<>();
    Themes(Map<String, Map<String, String>> themes) {
        this.themes = themes;
        this.attributes.put("scripts", new LinkedList<String>());
    }
    public String theme(String name, String type) {
        return hasTheme(name, type) ? themes.get(type).get(name) : null;
    }
    public boolean hasTheme(String name, String type) {
        return themes.containsKey(type) && themes.get(type).containsKey(name);
    }
    @SuppressWarnings("unchecked")
    public void addScript(String url) {
        List<String> scripts = (List<String>) this.attributes.get("scripts");
        scripts.add(url);
    }
    public void dropOther(String key) {
        this.attributes.remove(key);
    }
    public void load(Properties config) {
        Enumeration<?> names = config.propertyNames();
        while (names.hasMoreElements()) {
            String name = (String) names.nextElement();
            String value = config.getProperty(name);
            System.out.println(value.trim());
        }
    }
}

class SessionParsers {

    interface Parser {
        String code(Object session);
    }

    private static final java.util.Map<Class<?>, Parser> PARSERS = new java.util.HashMap<>();

    static {
        PARSERS.put(String.class, session -> "s:" + session);
    }

    static Parser parserFor(Class<?> type) {
        for (Class<?> known : PARSERS.keySet()) {
            if (known.isAssignableFrom(type)) {
                return PARSERS.get(known);
            }
        }
        return null;
    }

    String codeOf(Object session) {
        return parserFor(session.getClass()).code(session);
    }
}

class TaskPlan {

    interface Task {
        void run(String id);
    }

    private final java.util.Map<String, Task> tasks = new java.util.HashMap<>();
    private final java.util.List<String> order = new java.util.ArrayList<>();

    void add(String name, Task task) {
        this.tasks.put(name, task);
        this.order.add(name);
    }

    void remove(String name) {
        this.tasks.remove(name);
        this.order.remove(name);
    }

    void runAll(String id) {
        for (String name : this.order) {
            this.tasks.get(name).run(id);
        }
    }
}

class PageModel {

    private final java.util.Map<String, Object> attributes = new java.util.HashMap<>();

    void set(String key, Object value) {
        this.attributes.put(key, value);
    }

    String title() {
        Object banner = this.attributes.get("banner");
        return banner == null ? "" : banner.toString();
    }

    int scripts() {
        return ((java.util.List<?>) this.attributes.get("scripts")).size();
    }
}
