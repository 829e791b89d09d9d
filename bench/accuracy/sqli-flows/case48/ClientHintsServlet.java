package eval5.case48;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beacon endpoint hit by the web client on start-up; records which request headers
 * browsers send so the platform team can decide which client hints to rely on.
 */
@WebServlet("/telemetry/hints")
public class ClientHintsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ClientHintsServlet.class);

    @Inject
    private transient HeaderStatsDao headerStatsDao;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<String> names = Collections.list(req.getHeaderNames()).stream()
                .map(n -> n.toLowerCase(Locale.ROOT))
                .filter(n -> !n.equals("cookie") && !n.equals("authorization"))
                .toList();
        try {
            headerStatsDao.recordSeen(names);
        } catch (SQLException e) {
            log.warn("could not record header statistics", e);
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
