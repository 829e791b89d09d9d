package eval5.case30;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Enumeration;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/auth/login")
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(LoginServlet.class);
    private static final int MAX_FAILURES = 5;

    @Inject
    private transient LoginThrottleDao throttleDao;

    @Inject
    private transient Authenticator authenticator;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String clientIp = clientIp(req);
        try {
            if (throttleDao.recentFailures(clientIp, 15) >= MAX_FAILURES) {
                resp.sendError(429, "too many attempts");
                return;
            }
        } catch (SQLException e) {
            log.error("throttle check failed", e);
        }
        if (authenticator.login(req, req.getParameter("username"), req.getParameter("password"))) {
            resp.sendRedirect(req.getContextPath() + "/home");
        } else {
            resp.sendRedirect(req.getContextPath() + "/login?error");
        }
    }

    /** The client address as seen by the first proxy: the left-most X-Forwarded-For hop. */
    private static String clientIp(HttpServletRequest req) {
        Enumeration<String> forwarded = req.getHeaders("X-Forwarded-For");
        while (forwarded.hasMoreElements()) {
            String value = forwarded.nextElement();
            if (!value.isBlank()) {
                int comma = value.indexOf(',');
                return (comma < 0 ? value : value.substring(0, comma)).trim();
            }
        }
        return req.getRemoteAddr();
    }

    public interface Authenticator {
        boolean login(HttpServletRequest request, String username, String password);
    }
}
