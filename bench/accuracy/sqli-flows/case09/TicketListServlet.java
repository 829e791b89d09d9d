package eval5.case09;

import java.io.IOException;
import java.sql.SQLException;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/helpdesk/tickets")
public class TicketListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(TicketListServlet.class);

    @Resource(name = "jdbc/helpdesk")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        ListingParams params = new ListingParams(req, "t.priority DESC, t.opened_at");
        log.debug("ticket listing, sort={} ignored, using {}", req.getParameter("sort"), params.orderBy());
        try {
            var titles = new TicketDao(dataSource).search(params);
            resp.setContentType("text/plain;charset=UTF-8");
            titles.forEach(resp.getWriter()::println);
        } catch (SQLException e) {
            log.error("ticket listing failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
