// Beans injected only when a feature is configured, used only where a test of that feature's state encloses the call: the configuration that enables the feature is what brings the bean.
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

class SearchExecutor {

    interface FulltextSearch {
        List<Long> search(String query);

        List<Object> load(List<Long> ids);
    }

    interface SearchSettings {
        boolean isAdvancedIndexing();

        boolean isStoreInIndex();
    }

    @Autowired(required = false)
    private FulltextSearch fulltext;

    private final SearchSettings settings;

    SearchExecutor(SearchSettings settings) {
        this.settings = settings;
    }

    List<Object> load(List<Long> ids, boolean lastN) {
        if (settings.isAdvancedIndexing() && settings.isStoreInIndex()) {
            return fulltext.load(ids);
        } else if (lastN) {
            return List.of();
        }
        return List.of(ids);
    }

    List<Long> search(String query) {
        return settings.isAdvancedIndexing() ? fulltext.search(query) : List.of();
    }
}
