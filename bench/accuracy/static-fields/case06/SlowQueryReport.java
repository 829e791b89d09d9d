// Summary of slow database queries per statement, built from the timings of one report run.
package staticfields.case06;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class SlowQueryReport {

    private SlowQueryReport() {
    }

    public record QueryTiming(String statement, Duration elapsed) {
    }

    public record Line(String statement, long count, long averageMillis, long maxMillis) {
    }

    private static final class Bucket {
        long count;
        long totalMillis;
        long maxMillis;
    }

    public static List<Line> summarize(List<QueryTiming> timings, Duration threshold) {
        Map<String, Bucket> buckets = new TreeMap<>();
        for (var timing : timings) {
            if (timing.elapsed().compareTo(threshold) < 0) {
                continue;
            }
            var bucket = buckets.computeIfAbsent(timing.statement(), s -> new Bucket());
            long millis = timing.elapsed().toMillis();
            bucket.count++;
            bucket.totalMillis += millis;
            bucket.maxMillis = Math.max(bucket.maxMillis, millis);
        }
        var lines = new ArrayList<Line>();
        buckets.forEach((statement, b) -> lines.add(new Line(statement, b.count, b.totalMillis / b.count, b.maxMillis)));
        lines.sort(Comparator.comparingLong(Line::maxMillis).reversed());
        return lines;
    }
}
