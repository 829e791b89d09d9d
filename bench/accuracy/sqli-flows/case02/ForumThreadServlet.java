package eval5.case02;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/forum/threads")
public class ForumThreadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ForumThreadServlet.class);

    @Resource(lookup = "java:comp/env/jdbc/forum")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String columns = "t.id, t.title, t.created_at";
        Cookie[] cookies = req.getCookies() == null ? new Cookie[0] : req.getCookies();
        for (Cookie cookie : cookies) {
            if (!"forum_view".equals(cookie.getName())) {
                continue;
            }
            columns = switch (cookie.getValue()) {
                case "compact" -> "t.id, t.title";
                case "full" -> "t.id, t.title, t.created_at, t.author_login, t.reply_count, t.last_reply_at";
                default -> "t.id, t.title, t.created_at";
            };
            log.trace("forum view preference {}", cookie.getValue());
        }

        try {
            List<Map<String, Object>> threads = new ThreadDao(dataSource).latest(columns);
            resp.setContentType("text/plain;charset=UTF-8");
            for (Map<String, Object> thread : threads) {
                resp.getWriter().println(thread);
            }
        } catch (SQLException e) {
            log.error("thread listing failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
