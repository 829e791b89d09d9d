package eval2.case12;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jndi.JndiTemplate;

/**
 * Shows how many stores in the visitor's preferred region currently have the SKU in stock.
 * The storefront remembers the region in the "pref_region" cookie.
 */
@WebServlet("/storefront/availability")
public class StoreAvailabilityServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(StoreAvailabilityServlet.class);
    private static final String REGION_COOKIE = "pref_region";

    private JdbcTemplate jdbc;

    @Override
    public void init() throws ServletException {
        try {
            DataSource ds = new JndiTemplate().lookup("java:comp/env/jdbc/inventory", DataSource.class);
            jdbc = new JdbcTemplate(ds);
        } catch (javax.naming.NamingException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sku = request.getParameter("sku");
        if (sku == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }

        String region = "EU-WEST";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (REGION_COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                    region = cookie.getValue();
                    break;
                }
            }
        }

        String countSql = "SELECT COUNT(DISTINCT st.store_id) FROM stock_levels st "
                + "JOIN stores s ON s.id = st.store_id "
                + "WHERE st.sku = ? AND st.quantity > 0 AND s.region = '" + region + "'";
        try {
            Integer stores = jdbc.queryForObject(countSql, Integer.class, sku); // sink
            response.setContentType("application/json");
            response.getWriter().write("{\"sku\":\"" + sku + "\",\"storesInStock\":" + (stores == null ? 0 : stores) + "}");
        } catch (DataAccessException e) {
            log.error("availability lookup failed for sku {}", sku, e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
