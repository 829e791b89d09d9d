// A method of another class that returns null only for the state of its object (a session registry that is not yet started), which no caller in the project tests for null: every caller takes its result as given, and the rule does too.
import java.util.HashMap;
import java.util.Map;

class SessionRegistry {

    private Map<String, String> sessions;

    void start() {
        this.sessions = new HashMap<>();
    }

    Map<String, String> active() {
        Map<String, String> current = this.sessions;
        if (current == null) {
            return null;
        }
        return Map.copyOf(current);
    }
}

class SessionReport {

    private final SessionRegistry registry;

    SessionReport(SessionRegistry registry) {
        this.registry = registry;
    }

    int count() {
        return this.registry.active().size();
    }
}
