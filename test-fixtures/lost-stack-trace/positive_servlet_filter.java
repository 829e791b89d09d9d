// A servlet filter that logs only the message of failures from the filter chain and answers with an error status.
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

class RequestAuditFilter extends HttpFilter {

    private static final Logger AUDIT = Logger.getLogger("audit");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException exception) {
            AUDIT.log(Level.SEVERE, "Request " + request.getRequestURI() + " failed: {0}", exception.getMessage()); // expect: lost-stack-trace "`exception.getMessage()`"
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            AUDIT.fine(() -> request.getRequestURI() + " took " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }
}
