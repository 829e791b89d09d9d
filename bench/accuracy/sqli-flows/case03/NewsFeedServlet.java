package eval5.case03;

import java.io.IOException;
import java.sql.SQLException;
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

@WebServlet("/news")
public class NewsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(NewsFeedServlet.class);
    private static final int PAGE_SIZE = 20;

    @Resource(name = "jdbc/cms")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        int page = Paging.pageFrom(req.getQueryString());
        try {
            List<String> headlines = new NewsDao(dataSource).headlines((page - 1) * PAGE_SIZE, PAGE_SIZE);
            resp.setContentType("text/plain;charset=UTF-8");
            for (String h : headlines) {
                resp.getWriter().println(h);
            }
        } catch (SQLException e) {
            log.error("news page {} failed", page, e);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** Reads the paging position out of the raw query string. */
    static final class Paging {

        private Paging() {
        }

        /** "page=3" anywhere in the query string; anything unreadable is the first page. */
        static int pageFrom(String query) {
            if (query == null) {
                return 1;
            }
            int start = query.indexOf("page=");
            if (start < 0) {
                return 1;
            }
            int end = query.indexOf('&', start);
            String raw = end < 0 ? query.substring(start + 5) : query.substring(start + 5, end);
            try {
                return Math.max(1, Integer.parseInt(raw));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
