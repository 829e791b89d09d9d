package nulls.case24;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

@WebServlet(urlPatterns = "/account/overview")
public class AccountOverviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public record AccountPrincipal(long accountId, String displayName, String tier) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (!(session.getAttribute("principal") instanceof AccountPrincipal principal)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String format = request.getParameter("format");
        boolean json = "json".equals(format);
        response.setContentType(json ? "application/json" : "text/plain");
        PrintWriter out = response.getWriter();
        if (json) {
            out.printf("{\"account\":%d,\"name\":\"%s\",\"tier\":\"%s\"}%n",
                    principal.accountId(), principal.displayName().replace("\"", "\\\""), principal.tier());
        } else {
            out.println(principal.displayName() + " (" + principal.tier() + ")");
        }
    }
}
