package eval5.case10;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Reads the raw query string: the request body of the tracking pixel is consumed by
 * the upstream proxy, which makes getParameter unreliable here.
 */
@WebServlet("/marketing/campaign-stats")
public class CampaignStatsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private transient CampaignStatsDao statsDao;

    @Override
    public void init() throws ServletException {
        statsDao = WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext())
                .getBean(CampaignStatsDao.class);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String campaign = QueryStrings.firstValue(req.getQueryString(), "utm_campaign");
        if (campaign == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "utm_campaign missing");
            return;
        }
        long clicks = statsDao.clicks(campaign);
        resp.setContentType("application/json");
        resp.getWriter().printf("{\"clicks\":%d}", clicks);
    }
}
