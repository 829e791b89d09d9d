// `assert x != null` stating an invariant before the dereference of a Map.get and of a Reference.get inside an internal scheduler.
import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

class MaintenanceWindowScheduler {

    record Window(Instant start, Instant end) {
    }

    private final Map<String, Window> windowsByRegion = new HashMap<>();
    private WeakReference<Runnable> onWindowOpen = new WeakReference<>(null);

    void register(String region, Window window, Runnable callback) {
        windowsByRegion.put(region, window);
        onWindowOpen = new WeakReference<>(callback);
    }

    boolean isOpen(String region, Instant now) {
        Window window = windowsByRegion.get(region);
        assert window != null : "region " + region + " was never registered";
        return !now.isBefore(window.start()) && now.isBefore(window.end());
    }

    void fire() {
        Runnable callback = onWindowOpen.get();
        assert callback != null;
        callback.run();
    }
}
