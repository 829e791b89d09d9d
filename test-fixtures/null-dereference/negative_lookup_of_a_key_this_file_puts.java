// A lookup of the scanned sources that returns null for a missing key, read with a literal key that the same file stores: the code that reads the key is the code that filled it.
import java.util.HashMap;
import java.util.Map;

class SearchQuery {

    private final Map<String, Object> parameters = new HashMap<>();

    void addParameter(String key, Object value) {
        parameters.put(key, value);
    }

    <T> T getParameterAsClass(String key, Class<T> type) {
        Object value = parameters.get(key);
        if (value == null || !type.isInstance(value)) {
            return null;
        }
        return type.cast(value);
    }
}

class CatalogSearch {

    String page(String terms, int start, int count) {
        SearchQuery query = new SearchQuery();
        query.addParameter("query", terms);
        query.addParameter("start", start);
        query.addParameter("count", count);
        return run(query);
    }

    private String run(SearchQuery query) {
        Integer start = query.getParameterAsClass("start", Integer.class);
        Integer count = query.getParameterAsClass("count", Integer.class);
        return query.getParameterAsClass("query", String.class).trim() + "&start=" + start.toString()
                + "&count=" + count.intValue();
    }
}
