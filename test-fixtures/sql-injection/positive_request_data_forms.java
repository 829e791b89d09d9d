// Request data in its less obvious forms (parameter and header names, the parameter map, header enumerations, cookie arrays, the raw query string, String.valueOf, a cast, varargs) written into SQL directly or by a private helper.
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class XfCustomerSearchEndpoint {

    private final JdbcTemplate jdbcTemplate;

    XfCustomerSearchEndpoint(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> byExample(HttpServletRequest request) {
        // the values are bound, but the client chooses the parameter names, which become columns
        StringBuilder sql = new StringBuilder("SELECT id, name FROM customers WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            sql.append(" AND ").append(name).append(" = ?");
            args.add(request.getParameter(name));
        }
        return jdbcTemplate.queryForList(sql.toString(), args.toArray());  // expect: sql-injection
    }

    List<Map<String, Object>> withHeaderColumns(HttpServletRequest request) {
        StringBuilder columns = new StringBuilder("id");
        Enumeration<String> headerNames = request.getHeaderNames();
        while (headerNames.hasMoreElements()) {
            String header = headerNames.nextElement();
            if (header.startsWith("x-col-")) {
                columns.append(", ").append(header.substring(6));
            }
        }
        return selectColumns(columns.toString());
    }

    List<Map<String, Object>> byQuery(HttpServletRequest request) {
        String q = request.getParameterMap().get("q")[0];
        return jdbcTemplate.queryForList("SELECT id, name FROM customers WHERE name LIKE '%" + q + "%'");  // expect: sql-injection
    }

    List<Map<String, Object>> byFilterHeader(HttpServletRequest request) {
        Enumeration<String> filters = request.getHeaders("X-Filter");
        String filter = filters.nextElement();
        return where(filter);
    }

    List<Map<String, Object>> byThemeCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        String theme = cookies.length > 0 ? cookies[0].getValue() : "default";
        return jdbcTemplate.queryForList("SELECT id, name FROM customers WHERE preferred_theme = '" + theme + "'");  // expect: sql-injection
    }

    List<Map<String, Object>> byRegionInQueryString(HttpServletRequest request) {
        String query = request.getQueryString();
        int start = query.indexOf("region=") + "region=".length();
        int end = query.indexOf('&', start);
        String raw = end < 0 ? query.substring(start) : query.substring(start, end);
        String region = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        return where("region = '" + region + "'");
    }

    List<Map<String, Object>> byTag(HttpServletRequest request) {
        String tag = String.valueOf(request.getParameter("tag"));
        return jdbcTemplate.queryForList("SELECT id, name FROM customers WHERE tag = '" + tag + "'");  // expect: sql-injection
    }

    List<Map<String, Object>> sorted(HttpServletRequest request) {
        Object requested = request.getParameter("sort");
        String sort = (String) requested;
        return jdbcTemplate.queryForList("SELECT id, name FROM customers ORDER BY " + sort);  // expect: sql-injection
    }

    List<Map<String, Object>> bySegments(HttpServletRequest request) {
        return inSegments(request.getParameter("primary"), request.getParameter("secondary"));
    }

    private List<Map<String, Object>> selectColumns(String columns) {
        return jdbcTemplate.queryForList("SELECT " + columns + " FROM customers");  // expect: sql-injection
    }

    // reached from byFilterHeader and byRegionInQueryString: reported once
    private List<Map<String, Object>> where(String condition) {
        String sql = "SELECT id, name FROM customers WHERE " + condition;
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection
    }

    private List<Map<String, Object>> inSegments(String... segments) {
        StringBuilder in = new StringBuilder();
        for (String segment : segments) {
            in.append(in.length() == 0 ? "'" : ", '").append(segment).append("'");
        }
        return jdbcTemplate.queryForList("SELECT id, name FROM customers WHERE segment IN (" + in + ")");  // expect: sql-injection
    }
}
