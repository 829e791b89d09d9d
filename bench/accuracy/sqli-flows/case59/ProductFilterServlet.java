package eval5.case59;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generic catalogue filter used by the legacy storefront: every query parameter
 * except the paging ones is an equality filter on the product table.
 */
@WebServlet("/catalogue/products")
public class ProductFilterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ProductFilterServlet.class);
    private static final Set<String> PAGING = Set.of("page", "size");

    @Resource(name = "jdbc/catalogue")
    private DataSource dataSource;

    private transient ProductDao productDao;

    @Override
    public void init() throws ServletException {
        productDao = new ProductDao(dataSource);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Enumeration<String> names = req.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (PAGING.contains(name)) {
                continue;
            }
            columns.add(name);
            values.add(req.getParameter(name));
        }

        try {
            List<ProductDao.ProductRow> rows = productDao.findMatching(columns, values);
            resp.setContentType("application/json");
            PrintWriter out = resp.getWriter();
            out.print('[');
            for (int i = 0; i < rows.size(); i++) {
                ProductDao.ProductRow row = rows.get(i);
                out.printf("%s{\"sku\":\"%s\",\"name\":\"%s\"}", i == 0 ? "" : ",", row.sku(), row.name());
            }
            out.print(']');
        } catch (SQLException e) {
            log.error("product filter failed for columns {}", columns, e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
