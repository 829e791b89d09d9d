package nulls.case61;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Blocks further login attempts from a session after too many failures.
 */
@Component
public class LoginThrottleInterceptor implements HandlerInterceptor {

    static final String FAILED_ATTEMPTS = "login.failedAttempts";

    private static final int MAX_FAILED_ATTEMPTS = 5;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        HttpSession session = request.getSession();
        Integer failures = (Integer) session.getAttribute(FAILED_ATTEMPTS);
        if (failures >= MAX_FAILED_ATTEMPTS) { // deref
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "too many failed logins");
            return false;
        }
        return true;
    }
}
