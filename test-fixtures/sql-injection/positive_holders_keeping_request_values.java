// Classes that read request values in their constructors, keep them in fields and hand them out; their other fields hold constants.
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

class XfCatalogueQuery {

    private final String term;
    private final String order;
    private String region;

    XfCatalogueQuery(HttpServletRequest request) {
        this.term = request.getParameter("term");
        this.order = "name";
    }

    void readRegion(HttpServletRequest request) {
        region = request.getHeader("X-Region");
    }

    String getTerm() {
        return term;
    }

    String getOrder() {
        return order;
    }

    String region() {
        return region == null ? "eu" : region.trim();
    }
}

class XfCatalogueServlet extends HttpServlet {

    private final DataSource dataSource;

    XfCatalogueServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        XfCatalogueQuery query = new XfCatalogueQuery(request);
        query.readRegion(request);
        XfPaging paging = new XfPaging(request);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT id FROM products WHERE name LIKE '" + query.getTerm() + "%'");  // expect: sql-injection "`getTerm(..)`"
            statement.executeQuery("SELECT id FROM products ORDER BY " + query.getOrder());
            statement.executeQuery("SELECT id FROM products WHERE region = '" + query.region() + "'");  // expect: sql-injection
            statement.executeQuery("SELECT id FROM products ORDER BY " + paging.direction() + " LIMIT " + paging.size());
            statement.executeQuery("SELECT id FROM products WHERE cursor > '" + paging.cursor() + "'");  // expect: sql-injection
        } catch (SQLException e) {
            response.sendError(500);
        }
    }

    static final class XfPaging {

        private final String cursor;
        private final String direction = "ASC";
        private final int size;

        XfPaging(HttpServletRequest request) {
            cursor = request.getParameter("cursor");
            size = Integer.parseInt(request.getParameter("size"));
        }

        String cursor() {
            return cursor;
        }

        String direction() {
            return direction;
        }

        int size() {
            return size;
        }
    }
}
