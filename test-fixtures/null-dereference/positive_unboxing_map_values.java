// Boxed Map.get results, looked up by what a client sent, unboxed without a check: assignment to a primitive, arithmetic, a relational comparison and a comparison with an int literal.
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

class RateLimitService {

    private final Map<String, Integer> requestsThisMinute = new HashMap<>();
    private final Map<String, Integer> limitsByPlan = new HashMap<>();
    private final Map<String, Long> blockedUntil = new HashMap<>();
    private final Map<String, Integer> strikes = new HashMap<>();

    boolean allow(@RequestHeader("X-Api-Key") String apiKey, @RequestParam String plan, long nowMillis) {
        int used = requestsThisMinute.get(apiKey);  // expect: null-dereference "requestsThisMinute.get("
        requestsThisMinute.put(apiKey, used + 1);
        if (nowMillis < blockedUntil.get(apiKey)) {  // expect: null-dereference "blockedUntil.get("
            return false;
        }
        return used < limitsByPlan.get(plan) * 60;  // expect: null-dereference "limitsByPlan.get("
    }

    boolean shouldBan(@RequestHeader("X-Api-Key") String apiKey) {
        return strikes.get(apiKey) == 3;  // expect: null-dereference "strikes.get("
    }
}
