// An API quota cache that compares boxed values read from Map<String, Long> and Map<Long, Integer> (get, getOrDefault, entry values) with == and !=.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
class ApiQuotaCache {

    private final Map<String, Long> quotaByClient = new ConcurrentHashMap<>();
    private final Map<String, Long> usedByClient = new ConcurrentHashMap<>();
    private final Map<Long, Integer> seatsByPlan = new HashMap<>();

    public boolean exhausted(String clientId) {
        return quotaByClient.get(clientId) == usedByClient.get(clientId); // expect: boxed-reference-equality "`quotaByClient.get(clientId)`"
    }

    public boolean quotaUnchanged(String clientId, Long reportedQuota) {
        return quotaByClient.getOrDefault(clientId, 0L) == reportedQuota; // expect: boxed-reference-equality "`quotaByClient.getOrDefault(clientId, 0L)`"
    }

    public List<String> clientsAtLimit() {
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, Long> entry : usedByClient.entrySet()) {
            if (entry.getValue() == quotaByClient.get(entry.getKey())) { // expect: boxed-reference-equality "`entry.getValue()`"
                result.add(entry.getKey());
            }
        }
        return result;
    }

    public boolean seatsDiffer(Long planA, Long planB) {
        Integer seatsA = seatsByPlan.get(planA);
        return seatsA != seatsByPlan.get(planB); // expect: boxed-reference-equality "`seatsA`"
    }

    public boolean hasQuota(String clientId) {
        return quotaByClient.get(clientId) != null;
    }

    public void record(String clientId, long calls) {
        usedByClient.merge(clientId, calls, Long::sum);
    }
}
