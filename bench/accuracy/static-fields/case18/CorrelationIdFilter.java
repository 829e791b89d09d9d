// Correlation id of each request: taken from the incoming header or created, echoed in the
// response and written to the access log.
package staticfields.case18;

import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    private static final Logger accessLog = LoggerFactory.getLogger("access");
    private static final ThreadLocal<String> CURRENT_ID = new ThreadLocal<>();
    private static final ThreadLocal<SimpleDateFormat> ACCESS_LOG_TIME = ThreadLocal.withInitial(
            () -> new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var id = Optional.ofNullable(request.getHeader(HEADER)).orElseGet(() -> UUID.randomUUID().toString());
        CURRENT_ID.set(id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            accessLog.info("{} [{}] {} {} {}", id, ACCESS_LOG_TIME.get().format(new Date()),
                    request.getMethod(), request.getRequestURI(), response.getStatus());
            CURRENT_ID.remove();
        }
    }

    public static String currentId() {
        return CURRENT_ID.get();
    }
}
