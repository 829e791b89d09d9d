package eval2.case45;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** Bulk action from the invoice grid: POST invoiceId=12&invoiceId=15&... */
@WebServlet("/billing/invoices/mark-sent")
public class MarkInvoicesSentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(MarkInvoicesSentServlet.class);
    private static final int MAX_BATCH = 200;

    private transient JdbcTemplate jdbc;

    @Override
    public void init() throws ServletException {
        WebApplicationContext ctx = WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext());
        jdbc = ctx.getBean("billingJdbcTemplate", JdbcTemplate.class);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] rawIds = req.getParameterValues("invoiceId");
        if (rawIds == null || rawIds.length == 0 || rawIds.length > MAX_BATCH) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "between 1 and " + MAX_BATCH + " invoice ids expected");
            return;
        }

        StringBuilder idList = new StringBuilder();
        for (String raw : rawIds) {
            long id;
            try {
                id = Long.parseLong(raw.trim());
            } catch (NumberFormatException e) {
                log.warn("skipping invalid invoice id '{}'", raw);
                continue;
            }
            if (idList.length() > 0) {
                idList.append(',');
            }
            idList.append(id);
        }
        if (idList.length() == 0) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "no valid invoice ids");
            return;
        }

        String sql = "UPDATE invoices SET sent_at = CURRENT_TIMESTAMP, status = 'SENT' "
                + "WHERE status = 'APPROVED' AND id IN (" + idList + ")";
        int updated = jdbc.update(sql); // sink
        log.info("marked {} of {} invoices as sent by {}", updated, rawIds.length, req.getRemoteUser());
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
