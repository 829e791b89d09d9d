// A symbol table that interns only one side of an == comparison against a non-literal String, which is still a reference comparison.
import java.util.HashMap;
import java.util.Map;

public class MetricNameRegistry {

    private final Map<String, Integer> ids = new HashMap<>();

    public boolean isCanonical(String name, String candidate) {
        return name.intern() == candidate; // expect: string-reference-equality "`name.intern()`"
    }

    public boolean isKnown(String candidate, String name) {
        return candidate != name.intern(); // expect: string-reference-equality "`candidate`"
    }

    public boolean sameSymbol(String a, String b) {
        return a.intern() == b.intern();
    }

    public boolean isUptime(String name) {
        return name.intern() == "uptime";
    }

    public int idOf(String name) {
        return ids.computeIfAbsent(name.intern(), k -> ids.size() + 1);
    }
}
