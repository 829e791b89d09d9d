// Ternaries whose non-constant branch holds request data: a default sort column that the caller can override.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class TicketQueueServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    TicketQueueServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requested = request.getParameter("sort");
        String sort = requested != null ? requested : "created_at";
        List<Map<String, Object>> tickets = jdbcTemplate.queryForList("SELECT id, subject FROM tickets ORDER BY " + sort + " LIMIT 100");  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(tickets.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean urgent = request.getHeader("X-Urgent") != null;
        String queue = urgent ? "urgent_tickets" : request.getParameter("queue");
        int moved = jdbcTemplate.update("UPDATE " + queue + " SET assignee = NULL WHERE assignee = 'bot'");  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(moved);
    }
}
