// Optionals returned by JDK APIs (ServiceLoader.findFirst, ProcessHandle.info().user(), Optional.ofNullable over a map value) read with get() and no check.
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

class PluginBootstrap {

    interface StoragePlugin {
        String name();
    }

    String storagePluginName() {
        return ServiceLoader.load(StoragePlugin.class).findFirst().get().name();  // expect: optional-get-unchecked "findFirst("
    }

    String runningAs() {
        return ProcessHandle.current().info().user().get();  // expect: optional-get-unchecked "user("
    }

    String pluginSetting(Map<String, String> settings, String key) {
        Optional<String> value = Optional.ofNullable(settings.get(key));
        return value.get().trim();  // expect: optional-get-unchecked "`value."
    }
}
