// A servlet that compares request method, parameters and a String cast of a session attribute with ==.
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

public class AccountAdminServlet extends HttpServlet {

    private static final String ROLE_ATTR = "role";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getMethod() == "POST") { // expect: string-reference-equality "`req.getMethod()`"
            String action = req.getParameter("action");
            if (action == "delete") { // expect: string-reference-equality "`action`"
                if ((String) req.getSession().getAttribute(ROLE_ATTR) != "ADMIN") { // expect: string-reference-equality "`(String) req.getSession().getAttribute(ROLE_ATTR)`"
                    resp.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        if (resp.getStatus() == HttpServletResponse.SC_OK) {
            resp.getWriter().write("nothing to do");
        }
    }
}
