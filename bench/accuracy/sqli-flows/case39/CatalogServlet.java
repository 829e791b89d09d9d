package eval5.case39;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet(urlPatterns = "/catalog")
public class CatalogServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(CatalogServlet.class);
    private static final String DEFAULT_LOCALE = "en_GB";

    @Resource(lookup = "java:comp/env/jdbc/catalog")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String locale = DEFAULT_LOCALE;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("site_locale".equals(c.getName()) && !c.getValue().isEmpty()) {
                    locale = c.getValue();
                }
            }
        }

        CatalogDao dao = new CatalogDao(dataSource);
        response.setContentType("text/html;charset=UTF-8");
        try {
            PrintWriter out = response.getWriter();
            out.println("<ul class=\"catalog\">");
            for (CatalogDao.Item item : dao.listProducts(locale)) {
                out.printf("<li data-sku=\"%s\">%s</li>%n", item.sku(), item.title());
            }
            out.println("</ul>");
        } catch (SQLException e) {
            log.error("catalog rendering failed", e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
