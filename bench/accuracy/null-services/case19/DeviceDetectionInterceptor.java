package nulls.case19;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tags each request with the kind of device it came from, for the view layer and metrics.
 */
@Component
public class DeviceDetectionInterceptor implements HandlerInterceptor {

    public static final String DEVICE_ATTRIBUTE = DeviceDetectionInterceptor.class.getName() + ".device";

    public enum DeviceType { MOBILE, DESKTOP, UNKNOWN }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        boolean mobile = userAgent.toLowerCase(Locale.ROOT).contains("mobile"); // deref
        if (userAgent == null || userAgent.isBlank()) {
            request.setAttribute(DEVICE_ATTRIBUTE, DeviceType.UNKNOWN);
            return true;
        }
        request.setAttribute(DEVICE_ATTRIBUTE, mobile ? DeviceType.MOBILE : DeviceType.DESKTOP);
        return true;
    }
}
