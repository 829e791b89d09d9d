// Servlet of the in-store kiosk terminals: opens and closes terminal sessions.
package staticfields.case40;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/kiosk/sessions/*")
public class KioskSessionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SESSIONS = 500;
    private static final Map<String, KioskSession> OPEN_SESSIONS = new LinkedHashMap<>(); // static

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        var terminal = req.getParameter("terminal");
        if (terminal == null || terminal.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "terminal is required");
            return;
        }
        if (OPEN_SESSIONS.size() >= MAX_SESSIONS) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many open sessions");
            return;
        }
        var session = new KioskSession(UUID.randomUUID().toString(), terminal, Instant.now());
        OPEN_SESSIONS.put(session.id(), session);
        resp.setStatus(HttpServletResponse.SC_CREATED);
        resp.setContentType("text/plain");
        resp.getWriter().write(session.id());
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        var path = req.getPathInfo();
        var id = path == null ? "" : path.substring(1);
        if (OPEN_SESSIONS.remove(id) == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
