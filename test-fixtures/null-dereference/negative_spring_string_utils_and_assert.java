// Spring's StringUtils.hasText/hasLength and Assert.notNull guarding request parameters, headers and a JDBC column before they are dereferenced.
import java.sql.ResultSet;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

class ContactFormHandler {

    private final JdbcTemplate jdbcTemplate;

    ContactFormHandler(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void submit(HttpServletRequest request) {
        String email = request.getParameter("email");
        Assert.notNull(email, "email is required");
        String subject = request.getParameter("subject");
        String normalizedSubject = StringUtils.hasText(subject) ? subject.strip() : "(no subject)";
        jdbcTemplate.update("INSERT INTO contact_requests (email, subject) VALUES (?, ?)",
                email.toLowerCase(Locale.ROOT), normalizedSubject);
    }

    String referrer(HttpServletRequest request) {
        String referrer = request.getHeader("Referer");
        if (!StringUtils.hasLength(referrer)) {
            return "direct";
        }
        return referrer.substring(referrer.indexOf("//") + 2);
    }

    String assignedAgent(long requestId) {
        return jdbcTemplate.queryForObject("SELECT agent FROM contact_requests WHERE id = ?", (ResultSet rs, int rowNum) -> {
            String agent = rs.getString("agent");
            Assert.notNull(agent, "request " + requestId + " has no agent");
            return agent.trim();
        }, requestId);
    }
}
