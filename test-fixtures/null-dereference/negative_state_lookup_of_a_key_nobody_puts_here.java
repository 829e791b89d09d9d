// A lookup of the scanned sources that returns null for a missing key, read with a fixed key the code never stores: the key is the program's, not a client's, and the read is not reported.
import java.util.HashMap;
import java.util.Map;

class FilterBag {

    private final Map<String, Object> values = new HashMap<>();

    void addValue(String key, Object value) {
        values.put(key, value);
    }

    <T> T getValueAs(String key, Class<T> type) {
        Object value = values.get(key);
        if (value == null || !type.isInstance(value)) {
            return null;
        }
        return type.cast(value);
    }
}

class FilterCheck {

    boolean hasLimit(FilterBag bag) {
        return bag.getValueAs("limit", Integer.class) != null;
    }
}

class FilterReader {

    int limit(FilterBag bag) {
        bag.addValue("offset", 0);
        Integer limit = bag.getValueAs("limit", Integer.class);
        return limit.intValue();
    }
}
