package eval5.case36;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/kb/search")
public class ArticleSearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ArticleSearchServlet.class);

    @Resource(lookup = "java:comp/env/jdbc/kb")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String term = req.getParameter("term");
        if (term == null || term.length() < 3) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "search term too short");
            return;
        }
        String where = SqlFragments.and("a.published = TRUE", SqlFragments.containsIgnoreCase("a.title", term));
        try {
            List<ArticleDao.Hit> hits = new ArticleDao(dataSource).findWhere(where);
            resp.setContentType("application/json");
            resp.getWriter().print(hits.stream()
                    .map(h -> "{\"slug\":\"" + h.slug() + "\"}")
                    .reduce((a, b) -> a + "," + b)
                    .map(s -> "[" + s + "]")
                    .orElse("[]"));
        } catch (SQLException e) {
            log.error("knowledge base search failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
