// A cache statistics reporter that assigns System.out to a PrintStream local and prints the table through it.
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class CacheStatsReporter {

    private final Map<String, LongAdder> hits = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> misses = new ConcurrentHashMap<>();

    void recordHit(String cache) {
        hits.computeIfAbsent(cache, k -> new LongAdder()).increment();
    }

    void recordMiss(String cache) {
        misses.computeIfAbsent(cache, k -> new LongAdder()).increment();
    }

    @Scheduled(fixedRate = 60_000)
    void report() {
        PrintStream out = System.out;
        out.println("cache            hits     misses"); // expect: debug-output
        new TreeMap<>(hits).forEach((name, count) ->
                out.printf("%-16s %8d %8d%n", name, count.sum(), misses.getOrDefault(name, new LongAdder()).sum())); // expect: debug-output
    }
}
