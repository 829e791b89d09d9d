// static final collections, an array and a BitSet changed without a put/add called on the field itself: removeIf on a values() view, clear on a subList, Collections.addAll and Arrays.fill with the field as argument, BitSet.set/clear, and PriorityQueue offer/poll.
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

record RetryTask(String messageId, Instant dueAt) {
}

@Component
class MaintenanceWindows {

    private static final Map<String, Instant> WINDOW_END_BY_SERVICE = new HashMap<>(); // expect: mutable-static-field "`WINDOW_END_BY_SERVICE`"
    private static final List<String> ANNOUNCEMENTS = new ArrayList<>(List.of("billing down 02:00-03:00", "search reindex tonight", "new SSO provider")); // expect: mutable-static-field "`ANNOUNCEMENTS`"

    static {
        WINDOW_END_BY_SERVICE.put("billing", Instant.parse("2030-01-01T03:00:00Z"));
        WINDOW_END_BY_SERVICE.put("search", Instant.parse("2030-01-01T05:00:00Z"));
    }

    @Scheduled(fixedRate = 300_000)
    void expirePastWindows() {
        Instant now = Instant.now();
        WINDOW_END_BY_SERVICE.values().removeIf(end -> end.isBefore(now));
    }

    void keepLatestAnnouncements(int keep) {
        if (ANNOUNCEMENTS.size() > keep) {
            ANNOUNCEMENTS.subList(0, ANNOUNCEMENTS.size() - keep).clear();
        }
    }

    boolean inMaintenance(String service) {
        return WINDOW_END_BY_SERVICE.containsKey(service);
    }
}

@RestController
class ProfanityFilterAdminController {

    private static final Set<String> BANNED_WORDS = new HashSet<>(); // expect: mutable-static-field "`BANNED_WORDS`"

    @PostMapping("/admin/profanity")
    void ban(@RequestBody String[] words) {
        Collections.addAll(BANNED_WORDS, words);
    }

    static boolean allowed(String text) {
        return Arrays.stream(text.toLowerCase().split("\\s+")).noneMatch(BANNED_WORDS::contains);
    }
}

class ShuttleSeatMap {

    private static final String[] PASSENGER_BY_SEAT = new String[48]; // expect: mutable-static-field "`PASSENGER_BY_SEAT`"

    void releaseAll() {
        Arrays.fill(PASSENGER_BY_SEAT, null);
    }

    long occupied() {
        return Arrays.stream(PASSENGER_BY_SEAT).filter(p -> p != null).count();
    }
}

final class DebugPortAllocator {

    private static final BitSet USED = new BitSet(1024); // expect: mutable-static-field "`USED`"

    private DebugPortAllocator() {
    }

    static int allocate() {
        int slot = USED.nextClearBit(0);
        USED.set(slot);
        return 20_000 + slot;
    }

    static void release(int port) {
        USED.clear(port - 20_000);
    }
}

@Component
class OutboxRetryScheduler {

    private static final PriorityQueue<RetryTask> DUE = new PriorityQueue<>(Comparator.comparing(RetryTask::dueAt)); // expect: mutable-static-field "`DUE`"

    void retryLater(String messageId, Instant dueAt) {
        DUE.offer(new RetryTask(messageId, dueAt));
    }

    RetryTask nextDue(Instant now) {
        RetryTask head = DUE.peek();
        return head != null && !head.dueAt().isAfter(now) ? DUE.poll() : null;
    }
}
