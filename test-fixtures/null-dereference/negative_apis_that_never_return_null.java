// Near misses: APIs next to the nullable ones that never return null (getOrDefault, two-argument getProperty, getSession() and getSession(true), getenv(), primitive ResultSet getters, EntityManager.getReference, BlockingQueue.take, getRequestURI).
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Entity
class WarehouseZone {
    @Id
    Long id;
    String label;

    String getLabel() {
        return label;
    }
}

class ZoneDashboardServlet extends HttpServlet {

    private final Map<String, String> zoneColours;
    private final EntityManager entityManager;
    private final BlockingQueue<Runnable> refreshTasks;

    ZoneDashboardServlet(Map<String, String> zoneColours, EntityManager entityManager, BlockingQueue<Runnable> refreshTasks) {
        this.zoneColours = zoneColours;
        this.entityManager = entityManager;
        this.refreshTasks = refreshTasks;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String colour = zoneColours.getOrDefault(request.getRequestURI(), "grey").toUpperCase();
        String theme = System.getProperty("dashboard.theme", "light").trim();
        int envSize = System.getenv().size();
        request.getSession().setAttribute("lastZoneView", colour);
        request.getSession(true).setMaxInactiveInterval(1800);
        WarehouseZone zone = entityManager.getReference(WarehouseZone.class, 1L);
        response.getWriter().printf("%s %s %d %s %s%n", colour, theme, envSize, zone.getLabel(), request.getMethod().toLowerCase());
    }

    long capacity(ResultSet rs) throws SQLException {
        int shelves = rs.getInt("shelves");
        long slots = rs.getLong("slots_per_shelf");
        return shelves * slots;
    }

    void runNextRefresh() throws InterruptedException {
        refreshTasks.take().run();
    }
}
