// static final arrays written element by element (directly and through a local alias), a StringBuilder appended to, a Date reset with setTime and a Calendar set from methods, and the ring's non-final index.
import java.util.Calendar;
import java.util.Date;

final class LatencyHistogram {

    private static final long[] BUCKETS = new long[12]; // expect: mutable-static-field "`BUCKETS`"

    private LatencyHistogram() {
    }

    static void record(long millis) {
        int bucket = Math.min(BUCKETS.length - 1, 63 - Long.numberOfLeadingZeros(Math.max(1, millis)));
        BUCKETS[bucket]++;
    }

    static long count(int bucket) {
        return BUCKETS[bucket];
    }
}

class RecentErrors {

    private static final String[] RING = new String[32]; // expect: mutable-static-field "`RING`"
    private static int next; // expect: mutable-static-field "`next`"

    void add(String message) {
        var ring = RING;
        ring[next] = message;
        next = (next + 1) % ring.length;
    }
}

class AuditBuffer {

    private static final StringBuilder PENDING = new StringBuilder(); // expect: mutable-static-field "`PENDING`"

    void log(String user, String action) {
        PENDING.append(user).append(';').append(action).append('\n');
    }

    String flush() {
        String text = PENDING.toString();
        PENDING.setLength(0);
        return text;
    }
}

class PartnerFeedSync {

    private static final Date LAST_SYNC = new Date(0L); // expect: mutable-static-field "`LAST_SYNC`"
    private static final Calendar CUTOFF = Calendar.getInstance(); // expect: mutable-static-field "`CUTOFF`"

    void synced() {
        LAST_SYNC.setTime(System.currentTimeMillis());
    }

    boolean stale(Date now) {
        return now.getTime() - LAST_SYNC.getTime() > 3_600_000L;
    }

    Date todaysCutoff() {
        CUTOFF.setTime(new Date());
        CUTOFF.set(Calendar.HOUR_OF_DAY, 17);
        CUTOFF.set(Calendar.MINUTE, 0);
        return CUTOFF.getTime();
    }
}
