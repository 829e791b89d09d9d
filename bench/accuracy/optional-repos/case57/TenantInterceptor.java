package opt.case57;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

@Component
public class TenantInterceptor implements HandlerInterceptor {

    public static final String TENANT_ATTRIBUTE = "tenant";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String tenant = TenantHeaders.extractTenant(request.getHeader(TenantHeaders.HEADER)).get(); // get
        request.setAttribute(TENANT_ATTRIBUTE, tenant);
        return true;
    }
}
