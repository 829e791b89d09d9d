// Writes that only look like static-field writes: instance fields of a bean, a parameter and a lambda parameter named like a static field, locals, and an instance field of another object written from a static method.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class QuoteService {

    private final Map<String, Long> quotes = new HashMap<>();
    private int requests;

    long quote(String sku) {
        requests++;
        return quotes.computeIfAbsent(sku, s -> 1999L);
    }
}

final class PagingDefaults {

    private static int pageSize = 20;
    private static String separator = ",";

    private PagingDefaults() {
    }

    static int clamp(int pageSize) {
        if (pageSize <= 0) {
            pageSize = PagingDefaults.pageSize;
        }
        pageSize = Math.min(pageSize, 200);
        return pageSize;
    }

    static String join(List<String> parts, String separator) {
        if (separator == null) {
            separator = PagingDefaults.separator;
        }
        return String.join(separator, parts);
    }

    static List<Integer> doubled(List<Integer> sizes) {
        List<Integer> result = new ArrayList<>();
        sizes.forEach(pageSize -> {
            pageSize = pageSize * 2;
            result.add(pageSize);
        });
        return result;
    }
}

class RetryCounter {
    int attempts;
    long lastDelayMillis;
}

final class Backoff {

    private static final long BASE_DELAY_MILLIS = 200;

    private Backoff() {
    }

    static long next(RetryCounter counter) {
        counter.attempts++;
        counter.lastDelayMillis = BASE_DELAY_MILLIS << Math.min(counter.attempts, 6);
        return counter.lastDelayMillis;
    }

    static void reset(RetryCounter counter) {
        counter.attempts = 0;
    }
}
