// Per-API-key rate limit of the partner API: a fixed one-minute window per key, answered with
// 429 and a Retry-After header once the key's quota is used up.
package checkthenact.case11;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
@Order(10)
public class ApiKeyRateLimitFilter extends OncePerRequestFilter {

    private final Map<String, MinuteWindow> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    public ApiKeyRateLimitFilter(Clock clock, @Value("${partner-api.requests-per-minute:600}") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var apiKey = request.getHeader("X-Api-Key");
        if (apiKey == null) {
            response.sendError(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        var window = windows.computeIfAbsent(apiKey, key -> new MinuteWindow());
        var now = clock.millis();
        if (!window.tryAcquire(now, perMinute)) {
            response.setHeader("Retry-After", Long.toString(window.secondsUntilReset(now)));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }

    @Scheduled(fixedDelay = 300_000)
    void dropIdleKeys() {
        var cutoff = clock.millis() - 300_000;
        windows.entrySet().removeIf(e -> e.getValue().lastUsed() < cutoff);
    }
}
