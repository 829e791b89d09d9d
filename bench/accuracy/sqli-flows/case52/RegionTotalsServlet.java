package eval5.case52;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Map;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/reports/region-totals")
public class RegionTotalsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(RegionTotalsServlet.class);

    private transient SalesReportDao reportDao;

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        DataSource ds = (DataSource) config.getServletContext().getAttribute("reportingDataSource");
        reportDao = new SalesReportDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String[] regions = req.getParameterValues("region");
        if (regions == null || regions.length == 0) {
            regions = new String[] {"EMEA"};
        }
        try {
            Map<String, BigDecimal> totals = reportDao.totalsFor(regions);
            resp.setContentType("text/csv");
            for (Map.Entry<String, BigDecimal> e : totals.entrySet()) {
                resp.getWriter().println(e.getKey() + "," + e.getValue().toPlainString());
            }
        } catch (SQLException e) {
            log.error("region totals failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
