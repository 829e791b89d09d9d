// A servlet filter that checks path segments in `while (idx <= segments.length)` and reads `segments[idx]` past the end.
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

class PathTraversalFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String[] segments = http.getRequestURI().split("/");
        int idx = 0;
        while (idx <= segments.length) { // expect: off-by-one-loop "past the end"
            String segment = segments[idx];
            if (segment.equals("..") || segment.startsWith(";")) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST, "Invalid path");
                return;
            }
            idx++;
        }
        chain.doFilter(request, response);
    }
}
