// HttpServlet and jakarta.servlet.Filter instances serve every request, directly and through the JsonApiServlet and AuditingFilterSupport base classes declared in another fixture: fields written in doGet, doFilter or a request-time hook are shared.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class DownloadServlet extends HttpServlet {

    private String fileName;  // expect: singleton-mutable-state "`fileName`"
    private long bytesServed;  // expect: singleton-mutable-state "`bytesServed`"

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        fileName = req.getParameter("file");
        byte[] body = ("contents of " + fileName).getBytes(StandardCharsets.UTF_8);
        resp.setHeader("Content-Disposition", "attachment; filename=" + fileName);
        resp.getOutputStream().write(body);
        bytesServed += body.length;
    }
}

class CorrelationIdFilter implements Filter {

    private String correlationId;  // expect: singleton-mutable-state "`correlationId`"

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var header = ((HttpServletRequest) request).getHeader("X-Correlation-Id");
        correlationId = header != null ? header : UUID.randomUUID().toString();
        ((HttpServletResponse) response).setHeader("X-Correlation-Id", correlationId);
        chain.doFilter(request, response);
    }
}

class OrderStatusServlet extends JsonApiServlet {

    private String lastOrderId;  // expect: singleton-mutable-state "`lastOrderId`"

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        lastOrderId = req.getPathInfo().substring(1);
        writeJson(resp, Map.of("orderId", lastOrderId, "status", "SHIPPED"));
    }
}

class TenantAuditFilter extends AuditingFilterSupport {

    private String tenant;  // expect: singleton-mutable-state "`tenant`"
    private List<String> auditTrail = new ArrayList<>();  // expect: singleton-mutable-state "`auditTrail`"

    @Override
    protected void audit(HttpServletRequest request) {
        tenant = request.getHeader("X-Tenant");
        auditTrail.add(tenant + " " + request.getRequestURI());
    }
}
