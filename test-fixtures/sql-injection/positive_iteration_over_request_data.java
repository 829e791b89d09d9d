// Request data read by iterating or indexing cookies, parameter arrays, header enumerations, parameter maps and lists, then written into SQL.
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class ProductCatalogEndpoint {

    private final JdbcTemplate jdbcTemplate;

    ProductCatalogEndpoint(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> sortedByCookie(HttpServletRequest request) {
        String sort = "id";
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals("sort")) {
                sort = c.getValue();
            }
        }
        return jdbcTemplate.queryForList("SELECT id, name FROM products ORDER BY " + sort);  // expect: sql-injection "`getCookies(..)`"
    }

    List<Map<String, Object>> firstOfValues(HttpServletRequest request) {
        String[] values = request.getParameterValues("ids");
        String first = values[0];
        return jdbcTemplate.queryForList("SELECT id, name FROM products WHERE id = " + first);  // expect: sql-injection "`getParameterValues(..)`"
    }

    List<Map<String, Object>> filteredByHeader(HttpServletRequest request) {
        String filter = "active = TRUE";
        Enumeration<String> headers = request.getHeaders("X-Filter");
        if (headers.hasMoreElements()) {
            filter = headers.nextElement();
        }
        return jdbcTemplate.queryForList("SELECT id, name FROM products WHERE " + filter);  // expect: sql-injection "`getHeaders(..)`"
    }

    List<Map<String, Object>> byNames(HttpServletRequest request) {
        List<String> names = new ArrayList<>();
        names.add(request.getParameter("n"));
        String sql = "SELECT id FROM products WHERE name IN (";
        for (String n : names) {
            sql += "'" + n + "',";
        }
        sql = sql.substring(0, sql.length() - 1) + ")";
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection "`getParameter(..)`"
    }

    List<Map<String, Object>> byQueryMap(HttpServletRequest request) {
        Map<String, String[]> params = request.getParameterMap();
        String[] v = params.get("q");
        String sql = "SELECT id, name FROM products WHERE name LIKE '%" + v[0] + "%'";
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection "`getParameterMap(..)`"
    }

    List<Map<String, Object>> bySkus(HttpServletRequest request) {
        List<String> skus = new ArrayList<>();
        skus.add("'BASE-001'");
        skus.add("'" + request.getParameter("sku") + "'");
        String sql = "SELECT id, name FROM products WHERE sku IN (" + String.join(",", skus) + ")";
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection "`getParameter(..)`"
    }

    int untag(HttpServletRequest request) {
        StringBuilder tags = new StringBuilder();
        for (String tag : request.getParameterValues("tag")) {
            tags.append(tags.length() == 0 ? "" : ",").append("'").append(tag).append("'");
        }
        return jdbcTemplate.update("DELETE FROM product_tags WHERE tag IN (" + tags + ")");  // expect: sql-injection "`getParameterValues(..)`"
    }
}
