// Servlets and filters that write fields only in init(), init(ServletConfig) and init(FilterConfig); also declares the JsonApiServlet and AuditingFilterSupport base classes another fixture extends.
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

abstract class JsonApiServlet extends HttpServlet {

    private String contentType;

    @Override
    public void init() throws ServletException {
        contentType = Optional.ofNullable(getInitParameter("contentType")).orElse("application/json");
    }

    protected void writeJson(HttpServletResponse resp, Map<String, String> body) throws IOException {
        resp.setContentType(contentType);
        var json = new StringBuilder("{");
        new TreeMap<>(body).forEach((key, value) -> json.append('"').append(key).append("\":\"").append(value).append("\","));
        json.setLength(json.length() > 1 ? json.length() - 1 : 1);
        resp.getWriter().write(json.append('}').toString());
    }
}

abstract class AuditingFilterSupport implements Filter {

    private Set<String> excludedPaths = Set.of();

    @Override
    public void init(FilterConfig config) {
        var exclude = config.getInitParameter("exclude");
        if (exclude != null) {
            excludedPaths = Set.of(exclude.split(","));
        }
    }

    @Override
    public final void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        if (!excludedPaths.contains(http.getRequestURI())) {
            audit(http);
        }
        chain.doFilter(request, response);
    }

    protected abstract void audit(HttpServletRequest request);
}

class HealthServlet extends JsonApiServlet {

    private String version;
    private Instant startedAt;

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        version = config.getInitParameter("version");
        startedAt = Instant.now();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        writeJson(resp, Map.of("version", version, "uptime", Duration.between(startedAt, Instant.now()).toString()));
    }
}

class RequestSizeLimitFilter implements Filter {

    private long maxBytes;
    private List<String> exemptContentTypes = new ArrayList<>();

    @Override
    public void init(FilterConfig config) {
        maxBytes = Long.parseLong(Optional.ofNullable(config.getInitParameter("maxBytes")).orElse("1048576"));
        exemptContentTypes.add("multipart/form-data");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var type = Optional.ofNullable(request.getContentType()).orElse("");
        if (request.getContentLengthLong() > maxBytes && exemptContentTypes.stream().noneMatch(type::startsWith)) {
            ((HttpServletResponse) response).sendError(413);
            return;
        }
        chain.doFilter(request, response);
    }
}

class AccessCountFilter extends AuditingFilterSupport {

    private final LongAdder hits = new LongAdder();

    @Override
    protected void audit(HttpServletRequest request) {
        hits.increment();
    }
}
