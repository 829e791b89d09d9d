package dev.backlint.flow.taint;

import dev.backlint.api.RuleContext.Related;
import dev.backlint.flow.AccessPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What carries tainted data at one point of a body, by access path: variables and
 * fields, map entries with constant keys and list elements, each with the path that brought the data there.
 * {@code null} stands for a point control cannot reach.
 */
final class TaintState {

    /** An entry of a map: its constant key, or {@code *} for entries put with keys that are not constant. */
    record Slot(AccessPath collection, String key) {
    }

    final Map<AccessPath, List<Related>> tainted = new HashMap<>();
    final Map<Slot, List<Related>> entries = new HashMap<>();
    /** Lists followed element by element; {@code null} for a list whose changes could not be followed. */
    final Map<AccessPath, List<Optional<List<Related>>>> lists = new HashMap<>();

    TaintState copy() {
        TaintState copy = new TaintState();
        copy.tainted.putAll(tainted);
        copy.entries.putAll(entries);
        lists.forEach((name, elements) -> copy.lists.put(name, elements == null ? null : new ArrayList<>(elements)));
        return copy;
    }

    /**
     * The state where two paths meet: data from either path, since either may have run.
     * A list whose shapes differ on the two paths cannot be followed further.
     */
    static TaintState join(TaintState a, TaintState b) {
        if (a == null) {
            return b == null ? null : b.copy();
        }
        if (b == null) {
            return a.copy();
        }
        TaintState joined = a.copy();
        b.tainted.forEach(joined.tainted::putIfAbsent);
        b.entries.forEach(joined.entries::putIfAbsent);
        b.lists.forEach((name, elements) -> {
            if (!joined.lists.containsKey(name)) {
                joined.lists.put(name, elements == null ? null : new ArrayList<>(elements));
                return;
            }
            List<Optional<List<Related>>> mine = joined.lists.get(name);
            if (mine == null || elements == null || mine.size() != elements.size()) {
                // no longer followed element by element: what some element carried, the list carries
                anyOf(mine).or(() -> anyOf(elements)).ifPresent(path -> joined.tainted.putIfAbsent(name, path));
                joined.lists.put(name, null);
                return;
            }
            for (int i = 0; i < mine.size(); i++) {
                if (mine.get(i).isEmpty()) {
                    mine.set(i, elements.get(i));
                }
            }
        });
        return joined;
    }

    /** The path of some element of a list followed element by element, if one carries data. */
    static Optional<List<Related>> anyOf(List<Optional<List<Related>>> elements) {
        if (elements != null) {
            for (Optional<List<Related>> element : elements) {
                if (element.isPresent()) {
                    return element;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the two states hold request data in the same places (paths aside). */
    boolean sameAs(TaintState other) {
        if (other == null || !tainted.keySet().equals(other.tainted.keySet())
                || !entries.keySet().equals(other.entries.keySet()) || !lists.keySet().equals(other.lists.keySet())) {
            return false;
        }
        for (Map.Entry<AccessPath, List<Optional<List<Related>>>> list : lists.entrySet()) {
            List<Optional<List<Related>>> theirs = other.lists.get(list.getKey());
            if (list.getValue() == null || theirs == null) {
                if (list.getValue() != theirs) {
                    return false;
                }
            } else if (list.getValue().size() != theirs.size()) {
                return false;
            } else {
                for (int i = 0; i < theirs.size(); i++) {
                    if (list.getValue().get(i).isPresent() != theirs.get(i).isPresent()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
