// Map lookups that nothing suggests can miss: an EnumMap filled in the constructor and read by a constant, a private helper reading keys its callers chose, keys taken from the map's own groups, and callbacks of an anonymous class fed with the map's own keys.
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

class FormatterRegistry {

    enum Kind { DATE, TIME }

    static final class Factory {
        String pattern = "";
    }

    private final Map<Kind, Factory> factories = new EnumMap<>(Kind.class);

    FormatterRegistry() {
        factories.put(Kind.DATE, new Factory());
        factories.put(Kind.TIME, new Factory());
    }

    void setDatePattern(String pattern) {
        this.factories.get(Kind.DATE).pattern = pattern;
    }

    private String patternOf(Kind kind) {
        return factories.get(kind).pattern.trim();
    }

    String both() {
        return patternOf(Kind.DATE) + patternOf(Kind.TIME);
    }

    int largestGroup(List<String> words) {
        Map<Integer, List<String>> byLength = words.stream().collect(Collectors.groupingBy(String::length));
        int largest = 0;
        for (Integer length : byLength.keySet()) {
            largest = Math.max(largest, byLength.get(length).size());
        }
        return largest;
    }

    void each(Map<String, Factory> named, Consumer<String> sink) {
        named.keySet().forEach(new Consumer<String>() {
            @Override
            public void accept(String name) {
                sink.accept(named.get(name).pattern);
            }
        });
    }
}
