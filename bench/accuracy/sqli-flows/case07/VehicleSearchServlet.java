package eval5.case07;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/fleet/vehicles")
public class VehicleSearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private transient VehicleDao vehicleDao;

    @Override
    public void init() throws ServletException {
        FleetDb db = (FleetDb) getServletContext().getAttribute(FleetDb.class.getName());
        vehicleDao = new VehicleDao(db);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Map<String, String[]> params = req.getParameterMap();
        String[] plate = params.get("plate");
        if (plate == null || plate.length == 0 || plate[0].isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "plate is required");
            return;
        }
        boolean retired = params.containsKey("retired");
        List<Map<String, Object>> vehicles = vehicleDao.byPlatePrefix(plate[0].toUpperCase(Locale.ROOT), retired);

        resp.setContentType("text/csv");
        for (Map<String, Object> v : vehicles) {
            resp.getWriter().println(v.get("plate") + "," + v.get("model") + "," + v.get("depot"));
        }
    }
}
