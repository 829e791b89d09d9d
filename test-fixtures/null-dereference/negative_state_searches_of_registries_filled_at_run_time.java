// A search over a list the class adds to as it runs, with callers elsewhere that test the result for null: the program's state decides the null, and the unchecked caller is not reported.
import java.util.ArrayList;
import java.util.List;

class PluginCatalog {

    interface Plugin {
        String id();

        void start();
    }

    private final List<Plugin> loaded = new ArrayList<>();

    public void load(Plugin plugin) {
        loaded.add(plugin);
    }

    public Plugin find(String id) {
        for (Plugin plugin : loaded) {
            if (plugin.id().equals(id)) {
                return plugin;
            }
        }
        return null;
    }
}

class PluginController {

    private final PluginCatalog catalog;

    PluginController(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    boolean installed(String id) {
        return catalog.find(id) != null;
    }

    void start(String id) {
        catalog.find(id).start();
    }
}
