// A local that holds request data hides a field of the same name; the query reads the field, which the method never sets from the request.
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;

class RegionReport {

    private final JdbcTemplate jdbcTemplate;
    private final String region = "region = 'EU'";

    RegionReport(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<?> totals(HttpServletRequest request) {
        String region = request.getParameter("region");
        List<?> rows = jdbcTemplate.queryForList("SELECT total FROM sales WHERE " + this.region);
        System.out.println("asked for " + region);
        return rows;
    }
}
