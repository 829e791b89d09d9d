// Rejects API calls over the plan's limit, counting calls per API key and minute in a shared
// counter store.
package staticfields.case14;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

@Component
public class RateLimitInterceptor implements HandlerInterceptor {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final CallCounter counter;

    public RateLimitInterceptor(CallCounter counter) {
        this.counter = counter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var apiKey = request.getHeader("X-Api-Key");
        var plan = request.getHeader("X-Api-Plan");
        if (apiKey == null || plan == null) {
            return true;
        }
        var key = "rl:" + apiKey + ":" + (System.currentTimeMillis() / WINDOW.toMillis());
        long calls = counter.incrementAndExpire(key, WINDOW);
        if (calls > PlanRateLimits.limitFor(plan)) {
            response.sendError(429, "rate limit exceeded");
            return false;
        }
        return true;
    }

    public interface CallCounter {
        long incrementAndExpire(String key, Duration window);
    }
}
