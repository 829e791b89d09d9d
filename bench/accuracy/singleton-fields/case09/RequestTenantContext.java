// Tenant and user of the current HTTP request, filled in by the tenant interceptor and
// read by services further down.
package singletons.case09;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

@Component
@RequestScope
public class RequestTenantContext {

    private String tenantId;
    private String userId;
    private Locale locale = Locale.ENGLISH;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Locale getLocale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }
}
