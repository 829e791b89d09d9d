// Listeners told when a tenant's configuration changes; components subscribe at start-up and
// unsubscribe on shutdown.
package staticfields.case30;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

@Component
public class TenantConfigEvents {

    private static final List<Consumer<TenantConfigChanged>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final Set<String> SUBSCRIBER_NAMES = new CopyOnWriteArraySet<>();

    public static void subscribe(String name, Consumer<TenantConfigChanged> listener) {
        LISTENERS.add(listener);
        SUBSCRIBER_NAMES.add(name);
    }

    public static void unsubscribe(String name, Consumer<TenantConfigChanged> listener) {
        LISTENERS.remove(listener);
        SUBSCRIBER_NAMES.remove(name);
    }

    public void publish(TenantConfigChanged event) {
        LISTENERS.forEach(listener -> listener.accept(event));
    }

    public Set<String> subscribers() {
        return Set.copyOf(SUBSCRIBER_NAMES);
    }

    public record TenantConfigChanged(String tenantId, String key, String newValue) {
    }
}
