package leak.case40;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class CatalogExportServlet extends HttpServlet {

    private static final String PRODUCTS_IN_CATEGORY =
            "SELECT sku, name FROM products WHERE category_code = ? AND active = TRUE ORDER BY sku";

    private DataSource dataSource;

    @Override
    public void init() throws ServletException {
        dataSource = (DataSource) getServletContext().getAttribute("appDataSource");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String category = req.getParameter("category");
        resp.setContentType("text/csv");
        try {
            Connection conn = dataSource.getConnection(); // leak
            try (PreparedStatement ps = conn.prepareStatement(PRODUCTS_IN_CATEGORY)) {
                ps.setString(1, category);
                try (ResultSet rs = ps.executeQuery()) {
                    PrintWriter out = resp.getWriter();
                    out.println("sku,name");
                    while (rs.next()) {
                        out.println(rs.getString("sku") + "," + rs.getString("name"));
                    }
                }
            }
        } catch (SQLException e) {
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Export failed");
        }
    }
}
