// Slow request diagnostics: requests over the threshold are recorded for the support dump.
package staticfields.case26;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

@Component
public class SlowRequestInterceptor implements HandlerInterceptor {

    private static final String START_ATTRIBUTE = SlowRequestInterceptor.class.getName() + ".start";
    private static final long THRESHOLD_MILLIS = 2_000;
    private static final StringBuilder SLOW_REQUEST_LOG = new StringBuilder(); // static

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(START_ATTRIBUTE, System.nanoTime());
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(request.getAttribute(START_ATTRIBUTE) instanceof Long start)) {
            return;
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        if (elapsedMillis > THRESHOLD_MILLIS) {
            SLOW_REQUEST_LOG.append(Instant.now()).append(' ')
                    .append(request.getMethod()).append(' ')
                    .append(request.getRequestURI()).append(' ')
                    .append(elapsedMillis).append("ms ")
                    .append(response.getStatus()).append('\n');
        }
    }

    public static String dump() {
        return SLOW_REQUEST_LOG.toString();
    }
}
