// Request data passed to the product of a factory declared in another file, called inline: the factory method's declared return type tells which class runs.
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class XfCleanedSearchController {

    private final JdbcTemplate jdbcTemplate;

    XfCleanedSearchController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/xf/cleaned")
    List<Map<String, Object>> cleaned(HttpServletRequest request) {
        String name = XfCleanerFactory.trimming().clean(request.getParameter("name"));
        return jdbcTemplate.queryForList("SELECT id FROM items WHERE name = '" + name + "'");  // expect: sql-injection
    }

    @GetMapping("/xf/labelled")
    List<Map<String, Object>> labelled(HttpServletRequest request) {
        String label = XfCleanerFactory.labels().label(request.getParameter("key"));
        return jdbcTemplate.queryForList("SELECT id FROM items WHERE label = '" + label + "'");
    }
}
