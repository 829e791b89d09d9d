// Loyalty tiers: thresholds replaced by the admin UI and a recalculation counter for
// the dashboard, both read and written under their own monitors.
package singletons.case06;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

@DomainService
public class LoyaltyTierService {

    private final LoyaltyAccounts accounts;
    private final Object thresholdsLock = new Object();
    private NavigableMap<Long, String> tierThresholds = new TreeMap<>(Map.of(0L, "BASIC"));
    private long recalculations;

    public LoyaltyTierService(LoyaltyAccounts accounts) {
        this.accounts = accounts;
    }

    public void replaceThresholds(Map<Long, String> thresholds) {
        var copy = new TreeMap<>(thresholds);
        copy.putIfAbsent(0L, "BASIC");
        synchronized (thresholdsLock) {
            tierThresholds = copy;
        }
    }

    public void addThreshold(long points, String tier) {
        synchronized (thresholdsLock) {
            tierThresholds.put(points, tier);
        }
    }

    public String tierFor(long points) {
        synchronized (thresholdsLock) {
            return tierThresholds.floorEntry(points).getValue();
        }
    }

    public String recalculate(String accountId) {
        String tier = tierFor(accounts.pointsOf(accountId));
        accounts.updateTier(accountId, tier);
        synchronized (this) {
            recalculations++;
        }
        return tier;
    }

    public synchronized long recalculations() {
        return recalculations;
    }

    public synchronized void resetCounters() {
        recalculations = 0;
    }
}
