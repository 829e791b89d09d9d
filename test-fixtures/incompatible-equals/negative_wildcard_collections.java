// Report filter helpers over wildcard-typed collections and maps (? extends Number, ? super Long, ?) queried with compatible values.
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

final class ReportFilters {

    private ReportFilters() {
    }

    static boolean hasValue(Collection<? extends Number> values, Long value) {
        return values.contains(value);
    }

    static boolean hasKey(Map<? extends CharSequence, ?> columns, String name) {
        return columns.containsKey(name);
    }

    static Object lookup(Map<?, ?> index, UUID id) {
        return index.get(id);
    }

    static boolean hasId(List<? super Long> ids, Long id) {
        return ids.contains(id);
    }

    static int position(List<? extends Comparable<?>> sortKeys, String key) {
        return sortKeys.indexOf(key);
    }
}
