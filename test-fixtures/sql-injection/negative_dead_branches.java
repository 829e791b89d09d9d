// Request data written into the SQL only in dead code: if (false), a final local flag that is false, a ternary with a constant condition.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class CouponServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    CouponServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        String sql = "SELECT id, discount_percent FROM coupons WHERE active = true";
        if (false) {
            sql = sql + " AND code = '" + code + "'";
        }
        List<Map<String, Object>> coupons = jdbcTemplate.queryForList(sql);
        response.getWriter().println(coupons.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        final boolean DEBUG = false;
        String sql = "UPDATE coupons SET redeemed = redeemed + 1 WHERE code = ?";
        if (DEBUG) {
            sql = "UPDATE coupons SET redeemed = redeemed + 1 WHERE code = '" + request.getParameter("code") + "'";
        }
        int updated = jdbcTemplate.update(sql, request.getParameter("code"));
        response.getWriter().println(updated);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("sort");
        String sort = true ? "name" : param;
        List<Map<String, Object>> coupons = jdbcTemplate.queryForList("SELECT id, name FROM coupons ORDER BY " + sort);
        response.getWriter().println(coupons.size());
    }
}
