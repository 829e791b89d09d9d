package eval5.case28;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/sales/leads")
public class LeadFilterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(LeadFilterServlet.class);

    /** Filter parameters the screen offers, mapped to the columns they compare. */
    private static final Map<String, String> FILTERABLE = Map.of(
            "owner", "l.owner_login",
            "stage", "l.stage",
            "source", "l.source_channel",
            "country", "l.country_code");

    private transient LeadDao leadDao;

    @Override
    public void init() throws ServletException {
        leadDao = (LeadDao) getServletContext().getAttribute("leadDao");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (var entry : req.getParameterMap().entrySet()) {
            String column = FILTERABLE.get(entry.getKey());
            if (column == null) {
                log.debug("ignoring unknown filter {}", entry.getKey());
                continue;
            }
            conditions.add(column + " = ?");
            args.add(entry.getValue()[0]);
        }
        List<Map<String, Object>> leads = leadDao.find(conditions, args);
        resp.setContentType("text/plain");
        leads.forEach(l -> {
            try {
                resp.getWriter().println(l.get("company") + " / " + l.get("stage"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
