package eval2.case59;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lists the opening hours of all branches of the brand that the request was routed for.
 * Registered by the white-label web initializer with one shared TenantDirectory.
 */
public class BranchOpeningHoursServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(BranchOpeningHoursServlet.class);

    private final transient TenantDirectory directory;

    public BranchOpeningHoursServlet(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String brand = req.getHeader("X-Brand");
        String schema = TenantDirectory.schemaFor(brand);
        if (schema == null) {
            log.warn("request for unknown brand '{}'", brand);
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        String sql = "SELECT b.branch_code, b.city, h.weekday, h.opens_at, h.closes_at FROM " + schema + ".branches b "
                + "JOIN " + schema + ".opening_hours h ON h.branch_id = b.id ORDER BY b.city, h.weekday";
        List<Map<String, Object>> rows = directory.jdbc.queryForList(sql); // sink

        resp.setContentType("text/plain;charset=UTF-8");
        for (Map<String, Object> row : rows) {
            resp.getWriter().println(row.get("branch_code") + " " + row.get("city") + " " + row.get("weekday")
                    + " " + row.get("opens_at") + "-" + row.get("closes_at"));
        }
    }
}

/** Knows which database schema belongs to which white-label brand. */
class TenantDirectory {

    final JdbcTemplate jdbc;

    TenantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String schemaFor(String brand) {
        if (brand == null) {
            return "brand_default";
        }
        String b = brand.trim().toLowerCase();
        if (b.equals("northwind")) {
            return "brand_northwind";
        } else if (b.equals("contoso")) {
            return "brand_contoso";
        } else if (b.equals("fabrikam") || b.equals("fabrikam-outlet")) {
            return "brand_fabrikam";
        }
        return null;
    }
}
