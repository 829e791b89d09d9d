package eval2.case48;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * POST /admin/reports/refresh/daily_sales refreshes the materialised view mv_daily_sales.
 */
@WebServlet("/admin/reports/refresh/*")
public class ReportRefreshServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ReportRefreshServlet.class);

    private transient JdbcTemplate jdbcTemplate;

    @Override
    public void init() throws ServletException {
        jdbcTemplate = WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext())
                .getBean(JdbcTemplate.class);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        if (pathInfo == null || pathInfo.length() < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String reportName = pathInfo.substring(1);
        if (reportName.endsWith("/")) {
            reportName = reportName.substring(0, reportName.length() - 1);
        }

        long started = System.currentTimeMillis();
        try {
            jdbcTemplate.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY mv_" + reportName); // sink
            log.info("refreshed mv_{} in {} ms", reportName, System.currentTimeMillis() - started);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (DataAccessException e) {
            log.error("refresh of mv_{} failed", reportName, e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
