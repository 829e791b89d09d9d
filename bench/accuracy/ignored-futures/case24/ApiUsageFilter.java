// Per-request API usage metering: after the request is handled, a usage sample (client,
// route, status, duration) is appended to the usage store on the metering executor.
package ignoredfutures.case24;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class ApiUsageFilter extends OncePerRequestFilter {

    private final AsyncTaskExecutor meteringExecutor;
    private final ApiUsageStore usageStore;

    public ApiUsageFilter(@Qualifier("meteringExecutor") AsyncTaskExecutor meteringExecutor, ApiUsageStore usageStore) {
        this.meteringExecutor = meteringExecutor;
        this.usageStore = usageStore;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant started = Instant.now();
        try {
            chain.doFilter(request, response);
        } finally {
            String client = request.getHeader("X-Client-Id");
            var sample = new ApiUsageStore.UsageSample(client == null ? "anonymous" : client,
                    request.getMethod() + " " + request.getRequestURI(), response.getStatus(),
                    Duration.between(started, Instant.now()));
            meteringExecutor.submitCompletable(() -> usageStore.append(sample)); // dropped
        }
    }
}
