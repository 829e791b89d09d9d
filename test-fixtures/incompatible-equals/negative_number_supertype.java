// Metrics code that compares Long/Integer values with Number-typed values, a Map<Number, ..> and a List<Number>.
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
class MetricsThresholds {

    private final Map<Number, String> bucketLabels = new ConcurrentHashMap<>();

    boolean atLimit(Number configured, Long actual) {
        return configured.equals(actual);
    }

    boolean sameCount(Long count, Number expected) {
        return count.equals(expected);
    }

    String label(Long bucket) {
        return bucketLabels.get(bucket);
    }

    boolean sampled(List<Number> samples, Integer value) {
        return samples.contains(value);
    }

    boolean isDefault(Number configured) {
        return Objects.equals(configured, 10L);
    }
}
