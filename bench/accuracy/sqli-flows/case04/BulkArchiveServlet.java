package eval5.case04;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/mail/messages/archive")
public class BulkArchiveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(BulkArchiveServlet.class);

    @Inject
    private transient MessageDao messageDao;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] raw = req.getParameterValues("messageId");
        if (raw == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "no messages selected");
            return;
        }
        List<Long> ids;
        try {
            ids = Arrays.stream(raw).map(String::trim).map(Long::valueOf).distinct().toList();
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "message ids must be numeric");
            return;
        }
        try {
            int archived = messageDao.archive(ids);
            log.info("archived {} of {} requested messages", archived, ids.size());
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (SQLException e) {
            log.error("archive failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
