package eval.c71;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class Safe21_CookieLoopBindArg extends HttpServlet {

    private final JdbcTemplate jdbc;

    public Safe21_CookieLoopBindArg(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = "";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("SESSION".equals(cookie.getName())) {
                    token = cookie.getValue();
                }
            }
        }
        int n = jdbc.update("UPDATE sessions SET last_seen = CURRENT_TIMESTAMP WHERE token = ?", token); // sink
        response.getWriter().println(n);
    }
}
