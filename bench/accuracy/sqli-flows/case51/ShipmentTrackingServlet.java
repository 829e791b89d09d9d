package eval5.case51;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/tracking/events")
public class ShipmentTrackingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ShipmentTrackingServlet.class);

    @Resource(name = "jdbc/logistics")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        RequestValues values = new RequestValues(req);
        long shipmentId = values.number("shipment", -1L);
        long afterEvent = values.number("after", 0L);
        if (shipmentId < 0) {
            log.debug("rejecting tracking request with shipment={}", values.text("shipment"));
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            List<String> events = new TrackingEventDao(dataSource).eventsAfter(shipmentId, afterEvent);
            resp.setContentType("text/plain");
            for (String e : events) {
                resp.getWriter().println(e);
            }
        } catch (SQLException e) {
            log.error("tracking query failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
