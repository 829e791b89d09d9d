// Partner API quota: requests over the daily quota are refused with 429, and every accepted
// request is counted against the caller's key.
package ignoredfutures.case39;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(10)
public class ApiQuotaFilter implements Filter {

    private static final long DAILY_QUOTA = 50_000;

    private final ApiQuotaCounter quotaCounter;

    public ApiQuotaFilter(ApiQuotaCounter quotaCounter) {
        this.quotaCounter = quotaCounter;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String apiKey = ((HttpServletRequest) request).getHeader("X-Api-Key");
        if (apiKey != null) {
            Long used = quotaCounter.current(apiKey).block(Duration.ofMillis(200));
            if (used != null && used >= DAILY_QUOTA) {
                ((HttpServletResponse) response).sendError(429, "daily quota exhausted");
                return;
            }
            quotaCounter.increment(apiKey); // dropped
        }
        chain.doFilter(request, response);
    }
}
