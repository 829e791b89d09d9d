package eval5.case33;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/api/activity")
public class ActivityFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ActivityFeedServlet.class);

    @Resource(name = "jdbc/social")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        List<String> via = Collections.list(req.getHeaders("Via"));
        if (!via.isEmpty()) {
            log.debug("activity feed requested through {}", String.join(" -> ", via));
        }
        Integer pageSize;
        try {
            String header = req.getHeader("X-Page-Size");
            pageSize = header == null ? 20 : Integer.valueOf(header.trim());
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "X-Page-Size must be a number");
            return;
        }
        try {
            List<String> items = new ActivityDao(dataSource).latest(Math.min(pageSize, 100));
            resp.setContentType("text/plain;charset=UTF-8");
            resp.setHeader("X-Served-Via", String.join(", ", via));
            items.forEach(resp.getWriter()::println);
        } catch (SQLException e) {
            log.error("activity feed failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
