package eval5.case16;

import java.io.IOException;
import java.sql.SQLException;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** POST /ops/archive/2023-12-31 moves every order closed before that day to the archive schema. */
@WebServlet("/ops/archive/*")
public class OrderArchiveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(OrderArchiveServlet.class);

    @Resource(name = "jdbc/orders")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String pathInfo = req.getPathInfo();
        if (pathInfo == null || pathInfo.length() < 2) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "cut-off date missing");
            return;
        }
        String cutoff = pathInfo.substring(pathInfo.lastIndexOf('/') + 1);
        try {
            int moved = new OrderArchiveDao(dataSource).archiveClosedBefore(cutoff);
            log.info("archived {} orders closed before {}", moved, cutoff);
            resp.setContentType("text/plain");
            resp.getWriter().println(moved);
        } catch (SQLException e) {
            log.error("archiving failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
