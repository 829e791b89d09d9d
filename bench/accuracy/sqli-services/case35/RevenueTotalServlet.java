package eval2.case35;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.support.WebApplicationContextUtils;

@WebServlet("/reports/revenue/total")
public class RevenueTotalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(RevenueTotalServlet.class);

    private transient JdbcTemplate jdbcTemplate;

    @Override
    public void init() throws ServletException {
        jdbcTemplate = WebApplicationContextUtils
                .getRequiredWebApplicationContext(getServletContext())
                .getBean(JdbcTemplate.class);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String metric = req.getParameter("metric");
        String year = req.getParameter("year");
        if (year == null || year.length() != 4) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "year=YYYY required");
            return;
        }

        // 0 = caller-defined column (removed in 2.4), 1 = net amount, 2 = gross amount
        final int aggregationMode = 3 - 2;
        String column = aggregationMode == 0 ? metric : (aggregationMode == 2 ? "gross_amount" : "net_amount");
        if (metric != null) {
            log.debug("metric parameter '{}' ignored, aggregating {}", metric, column);
        }

        String sql = "SELECT COALESCE(SUM(" + column + "), 0) FROM revenue_facts WHERE fiscal_year = ?";
        BigDecimal total = jdbcTemplate.queryForObject(sql, BigDecimal.class, year); // sink

        resp.setContentType("application/json");
        resp.getWriter().write("{\"year\":\"" + year + "\",\"total\":" + total + "}");
    }
}
