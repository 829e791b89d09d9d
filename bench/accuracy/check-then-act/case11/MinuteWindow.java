// A fixed one-minute request counter that resets itself when its minute has passed.
package checkthenact.case11;

final class MinuteWindow {

    private long windowStart;
    private int used;
    private long lastUsed;

    synchronized boolean tryAcquire(long now, int limit) {
        if (now - windowStart >= 60_000) {
            windowStart = now - now % 60_000;
            used = 0;
        }
        lastUsed = now;
        if (used >= limit) {
            return false;
        }
        used++;
        return true;
    }

    synchronized long secondsUntilReset(long now) {
        return Math.max(1, (windowStart + 60_000 - now) / 1000);
    }

    synchronized long lastUsed() {
        return lastUsed;
    }
}
