// The null check comes after the dereference: the value is used first, then tested (too late), in a servlet filter and a JDBC mapper.
import java.io.IOException;
import java.sql.ResultSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;

class CorrelationIdFilter extends HttpFilter {

    private final JdbcTemplate jdbcTemplate;

    CorrelationIdFilter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String correlationId = request.getHeader("X-Correlation-Id");
        String normalized = correlationId.strip();  // expect: null-dereference "getHeader("
        if (correlationId == null || correlationId.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setHeader("X-Correlation-Id", normalized);
        chain.doFilter(request, response);
    }

    String customerNote(long customerId) {
        return jdbcTemplate.queryForObject("SELECT note FROM customers WHERE id = ?", (ResultSet rs, int rowNum) -> {
            String note = (String) rs.getObject("note");
            String trimmed = note.strip();  // expect: null-dereference "getObject("
            return note != null ? trimmed : "";
        }, customerId);
    }
}
