// OptionalInt, OptionalLong and OptionalDouble read with getAsInt/getAsLong/getAsDouble only after isPresent or isEmpty checks, or unwrapped with orElse/orElseThrow.
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

class QueueDepthMonitor {

    record Reading(String queue, int depth, long ageMillis) {
    }

    int maxDepth(List<Reading> readings) {
        OptionalInt max = readings.stream().mapToInt(Reading::depth).max();
        if (max.isPresent()) {
            return max.getAsInt();
        }
        return 0;
    }

    long oldestAge(List<Reading> readings) {
        OptionalLong oldest = readings.stream().mapToLong(Reading::ageMillis).max();
        if (oldest.isEmpty()) {
            return -1L;
        }
        return oldest.getAsLong();
    }

    double averageDepth(List<Reading> readings) {
        OptionalDouble average = readings.stream().mapToInt(Reading::depth).average();
        return average.isPresent() ? average.getAsDouble() : 0.0;
    }

    int minDepth(List<Reading> readings) {
        return readings.stream().mapToInt(Reading::depth).min().orElse(0);
    }

    int firstDeep(List<Reading> readings) {
        return readings.stream().mapToInt(Reading::depth).filter(d -> d > 1000).findFirst().orElseThrow();
    }
}
