// A + that concatenates (a map of texts, a boxed number joined to a text) takes null without throwing; and a method whose return null follows a helper that always throws never returns null.
import java.util.Map;

class LabelWriter {

    String label(Map<String, String> names, String key) {
        return names.get(key) + 1;
    }

    String describe(Map<String, Integer> counts, String key) {
        return "count: " + counts.get(key);
    }

    private Object current;

    void add(int value) {
        if (current == null) {
            current = value;
        } else {
            Integer total = ofSameTypeOrThrow(current, Integer.class);
            current = total + value;
        }
    }

    private <T> T ofSameTypeOrThrow(Object base, Class<T> type) {
        if (type.isInstance(base)) {
            return type.cast(base);
        } else {
            throwIllegalAddition(base, type);
            return null;
        }
    }

    private static void throwIllegalAddition(Object base, Class<?> type) {
        throw new IllegalArgumentException("cannot add " + type.getName() + " to " + base.getClass().getName());
    }
}
