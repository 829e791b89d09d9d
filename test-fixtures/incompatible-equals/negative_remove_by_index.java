// Lists of Integer/Long trimmed with remove(int) by index, and searched or removed from with values of the element type.
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class RecentViewsTracker {

    private static final int MAX_RECENT = 20;

    private final List<Long> recentProductIds = new ArrayList<>();
    private final List<Integer> statusHistory = new LinkedList<>();

    void viewed(long productId) {
        recentProductIds.remove(Long.valueOf(productId));
        recentProductIds.add(0, productId);
        if (recentProductIds.size() > MAX_RECENT) {
            recentProductIds.remove(recentProductIds.size() - 1);
        }
    }

    void forgetProduct(long productId) {
        recentProductIds.remove((Long) productId);
    }

    void recordStatus(int status) {
        statusHistory.add(status);
        while (statusHistory.size() > 100) {
            statusHistory.remove(0);
        }
    }

    void forgetStatus(int status) {
        statusHistory.remove(Integer.valueOf(status));
    }

    boolean seen(int status) {
        return statusHistory.contains(status);
    }

    int firstOccurrence(int status) {
        return statusHistory.indexOf(status);
    }

    Long dropOldest() {
        return recentProductIds.isEmpty() ? null : recentProductIds.remove(recentProductIds.size() - 1);
    }
}
