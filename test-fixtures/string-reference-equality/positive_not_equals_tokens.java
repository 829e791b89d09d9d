// A servlet filter that validates API and CSRF tokens with != between two String variables.
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

public class ApiTokenFilter extends HttpFilter {

    private final String expectedToken;

    public ApiTokenFilter(String expectedToken) {
        this.expectedToken = expectedToken;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String token = req.getHeader("X-Api-Token");
        if (token == null || token != expectedToken) { // expect: string-reference-equality "`token`"
            res.sendError(401);
            return;
        }
        HttpSession session = req.getSession(false);
        String sessionCsrf = session == null ? null : (String) session.getAttribute("csrf");
        String csrfHeader = req.getHeader("X-Csrf-Token");
        if (sessionCsrf != null && csrfHeader != sessionCsrf) { // expect: string-reference-equality "`csrfHeader`"
            res.sendError(403);
            return;
        }
        chain.doFilter(req, res);
    }
}
