package eval2.case53;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/tenant/orders/recent")
public class RecentOrdersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(RecentOrdersServlet.class);
    private static final String DEFAULT_TENANT = "public";

    private transient EntityManagerFactory emf;

    @Override
    public void init() {
        emf = Persistence.createEntityManagerFactory("oms");
    }

    @Override
    public void destroy() {
        if (emf != null) {
            emf.close();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String tenant = resolveTenant(req);
        String jpql = "SELECT o FROM CustomerOrder o WHERE o.tenantCode = '" + tenant + "' ORDER BY o.placedAt DESC";

        EntityManager em = emf.createEntityManager();
        try {
            List<CustomerOrder> orders = em.createQuery(jpql, CustomerOrder.class).setMaxResults(25).getResultList(); // sink
            resp.setContentType("text/plain");
            PrintWriter out = resp.getWriter();
            for (CustomerOrder o : orders) {
                out.println(o.getOrderNumber() + "\t" + o.getStatus() + "\t" + o.getTotal());
            }
        } catch (RuntimeException e) {
            log.error("recent orders failed for tenant {}", tenant, e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            em.close();
        }
    }

    /** The tenant comes from the ingress (X-Tenant) or, for internal callers, the sub-domain. */
    private String resolveTenant(HttpServletRequest req) {
        String header = req.getHeader("X-Tenant");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String host = req.getServerName();
        int dot = host.indexOf('.');
        return dot > 0 ? host.substring(0, dot) : DEFAULT_TENANT;
    }
}
