// OptionalInt.getAsInt, OptionalLong.getAsLong and OptionalDouble.getAsDouble with no isPresent check, from primitive streams over response times.
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

class LatencyReport {

    record Sample(String endpoint, int millis, long bytes) {
    }

    int worstLatency(List<Sample> samples) {
        OptionalInt worst = samples.stream().mapToInt(Sample::millis).max();
        return worst.getAsInt();  // expect: optional-get-unchecked "`worst."
    }

    long smallestResponse(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::bytes).min().getAsLong();  // expect: optional-get-unchecked "min("
    }

    double averageLatency(List<Sample> samples) {
        return samples.stream().mapToInt(Sample::millis).average().getAsDouble();  // expect: optional-get-unchecked "average("
    }

    int firstSlowIndex(int[] millis, int threshold) {
        return IntStream.range(0, millis.length).filter(i -> millis[i] > threshold).findFirst().getAsInt();  // expect: optional-get-unchecked "findFirst("
    }
}
