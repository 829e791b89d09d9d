// Maintenance switch of the API gateway: operations turn maintenance or read-only mode
// on and off over JMX; the Retry-After value comes from the init parameters.
package singletons.case30;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedResource;

@ManagedResource(objectName = "gateway:name=maintenance")
public class MaintenanceModeFilter extends HeaderPolicyFilter {

    private volatile boolean maintenance;
    private volatile boolean readOnly;
    private String retryAfterSeconds = "300";

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        super.init(filterConfig);
        retryAfterSeconds = Objects.requireNonNullElse(filterConfig.getInitParameter("retryAfterSeconds"), retryAfterSeconds);
    }

    @ManagedOperation
    public void startMaintenance() {
        maintenance = true;
    }

    @ManagedOperation
    public void endMaintenance() {
        maintenance = false;
        readOnly = false;
    }

    @ManagedOperation
    public void enterReadOnly() {
        readOnly = true;
    }

    @Override
    protected boolean allow(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (maintenance || (readOnly && write)) {
            response.setHeader("Retry-After", retryAfterSeconds);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "maintenance in progress");
            return false;
        }
        return true;
    }
}
