// Lookups by a caller's key in a map the class never adds to and received whole: a store table a container sets through a JavaBean setter, a table of defaults read from a configuration object's getter, and messages a helper builds for every locale it is asked about.
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

class AssetStoreService {

    interface BlobStore {
        boolean isReady();

        void open();

        byte[] read(String id);
    }

    static final class ValueTypes {
        private Map<String, Template> defaults = new HashMap<>();

        public Map<String, Template> getDefaults() {
            return defaults;
        }

        public void setDefaults(Map<String, Template> defaults) {
            this.defaults = defaults;
        }
    }

    static final class Template {
        Template copy() {
            return new Template();
        }
    }

    static final class Messages {
        static Map<Locale, Properties> byLocale(String realm, Locale locale) {
            Map<Locale, Properties> all = new HashMap<>();
            for (Locale current = locale; current != null; current = current.getCountry().isEmpty() ? null : Locale.ENGLISH) {
                all.put(current, new Properties());
            }
            return all;
        }
    }

    private Map<Integer, BlobStore> stores = new HashMap<>();
    private ValueTypes valueTypes;

    public void setStores(Map<Integer, BlobStore> stores) {
        this.stores = stores;
    }

    public void setValueTypes(ValueTypes valueTypes) {
        this.valueTypes = valueTypes;
    }

    protected BlobStore storeAt(int position) {
        BlobStore store = this.stores.get(position);
        if (!store.isReady()) {
            store.open();
        }
        return store;
    }

    public Template templateFor(String field) {
        Map<String, Template> defaults = valueTypes.getDefaults();
        return defaults.get(field).copy();
    }

    public int messageCount(String realm, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Map<Locale, Properties> messages = Messages.byLocale(realm, locale);
        return messages.get(locale).size();
    }

    public List<Integer> storeNumbers() {
        return List.copyOf(stores.keySet());
    }
}
