// A concurrent map or set declared in a base class (in this file) and checked then written in a subclass method: a protected ConcurrentMap used with containsKey/put and get/put, and a protected newKeySet set used with contains/add.
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Service;

abstract class AbstractPluginRegistry<P> {

    protected final ConcurrentMap<String, P> plugins = new ConcurrentHashMap<>();
    protected final Set<String> disabledPlugins = ConcurrentHashMap.newKeySet();

    P plugin(String name) {
        return plugins.get(name);
    }
}

interface ExportPlugin {
    String format();

    byte[] export(Map<String, Object> data);
}

@Service
class ExportPluginRegistry extends AbstractPluginRegistry<ExportPlugin> {

    void register(ExportPlugin plugin) {
        String format = plugin.format();
        if (!plugins.containsKey(format)) { // expect: check-then-act "`plugins`"
            plugins.put(format, plugin);
        }
    }

    void disable(String format) {
        if (!disabledPlugins.contains(format)) { // expect: check-then-act "`disabledPlugins`"
            disabledPlugins.add(format);
            plugins.remove(format);
        }
    }
}

abstract class BaseRequestThrottle {

    record Window(Instant start, int count) {
    }

    protected Map<String, Window> windows = new ConcurrentHashMap<>();
}

@Service
class LoginThrottle extends BaseRequestThrottle {

    boolean allow(String username) {
        var window = windows.get(username);
        if (window == null) { // expect: check-then-act "`windows`"
            window = new Window(Instant.now(), 0);
            windows.put(username, window);
        }
        return window.count() < 5;
    }
}
