// Values proved present through another value: a queue or sorted map tested not empty, a local derived from the nullable one by a ternary and then tested, a helper that returns null for a null argument and whose result is tested, an equality with a known value, a helper whose first line returns false for null, a getter that returns null only while a field is unset, a stub that only returns null, a static method of a class that hides its interface's nullable one, two paths that tie a value to a check, and a lookup before a throw.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.lang.Nullable;
import org.springframework.util.CollectionUtils;

class RoutingTable {

    enum Mode { STRICT, LENIENT }

    interface Route {
        String target();

        static Route parse(String text) {
            if (text.isEmpty()) {
                return null;
            }
            return () -> text;
        }
    }

    record Resolved(Route route, Mode mode) {
    }

    static final class FixedRoute implements Route {
        private final String target;

        FixedRoute(String target) {
            this.target = target;
        }

        static FixedRoute parse(String text) {
            return new FixedRoute(text.trim());
        }

        @Override
        public String target() {
            return this.target;
        }
    }

    private final Deque<Route> pending = new ArrayDeque<>();
    private final TreeMap<Integer, Route> byPriority = new TreeMap<>();
    private final Map<String, Route> routes = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private Object channel;

    @Nullable
    Route lookup(String name) {
        return this.routes.get(name);
    }

    @Nullable
    Mode modeOf(@Nullable Route route) {
        return (route != null ? Mode.STRICT : null);
    }

    String next() {
        if (this.pending.isEmpty()) {
            return "";
        }
        return this.pending.peek().target();
    }

    String drain() {
        StringBuilder out = new StringBuilder();
        while (!this.pending.isEmpty()) {
            out.append(this.pending.poll().target());
        }
        return out.toString();
    }

    String top() {
        if (this.byPriority.size() > 0) {
            return this.byPriority.firstEntry().getValue().target();
        }
        return "";
    }

    int separator(String name) {
        String raw = System.getenv(name);
        int pos = (raw != null ? raw.indexOf(',') : -1);
        if (pos == -1) {
            return 0;
        }
        return raw.length() - pos;
    }

    String label(String name) {
        String raw = System.getProperty(name);
        String description = describe(raw);
        if (description != null) {
            return description + " -> " + raw.trim();
        }
        return name;
    }

    @Nullable
    String describe(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        return raw.strip();
    }

    String strict(String name, Mode wanted) {
        String raw = System.getenv(name);
        Mode mode = (raw != null ? Mode.STRICT : null);
        if (mode == wanted) {
            return raw.trim();
        }
        return "";
    }

    List<Route> candidatesFor(String name) {
        if (name.isEmpty()) {
            return null;
        }
        return List.copyOf(this.routes.values());
    }

    Route find(String name) {
        for (Route route : this.routes.values()) {
            if (route.target().equals(name)) {
                return route;
            }
        }
        return null;
    }

    boolean hasTargets(@Nullable List<Route> candidates) {
        if (CollectionUtils.isEmpty(candidates)) {
            return false;
        }
        return candidates.stream().anyMatch(route -> !route.target().isEmpty());
    }

    int count(String name) {
        List<Route> candidates = candidatesFor(name);
        if (!hasTargets(candidates)) {
            return 0;
        }
        return candidates.size();
    }

    Object address() {
        if (this.channel != null) {
            return this.channel.toString();
        }
        return null;
    }

    void start(Object opened) {
        this.channel = opened;
        System.out.println("listening on " + address().hashCode());
    }

    Route placeholder() {
        return null;
    }

    String parsed(String text) {
        return FixedRoute.parse(text).target();
    }

    String resolve(String name) {
        Route route = find(name);
        String target = (route != null ? route.target() : null);
        if (target == null) {
            target = name.trim();
            if (target.isEmpty()) {
                return "";
            }
            route = () -> name;
        }
        return target + route.target();
    }

    private void register(String name, Route route) {
        if (!this.names.add(name)) {
            throw new IllegalStateException("duplicate route " + name + ": " + this.routes.get(name).target());
        }
        this.routes.put(name, route);
    }
}
