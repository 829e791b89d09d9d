// Servlet getSession(false), getCookies, getPathInfo, getQueryString, getAttribute and HttpSession.getAttribute results checked before use in a logout servlet.
import java.io.IOException;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object user = session.getAttribute("user");
            if (user != null) {
                response.setHeader("X-Logged-Out", user.toString());
            }
            session.invalidate();
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null && cookies.length > 0) {
            for (Cookie cookie : cookies) {
                cookie.setMaxAge(0);
                response.addCookie(cookie);
            }
        }
        String target = request.getPathInfo();
        String query = request.getQueryString();
        String redirect = target == null ? "/" : target.replace("//", "/");
        if (query != null && !query.isBlank()) {
            redirect = redirect + "?" + query.trim();
        }
        Object locale = request.getAttribute("locale");
        if (locale instanceof String tag && !tag.isEmpty()) {
            redirect = "/" + tag + redirect;
        }
        response.sendRedirect(redirect);
    }
}
