// Unannotated String parameters of @GetMapping handlers (bound from the query string) written into JPA and JDBC query text.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.persistence.EntityManager;

@RestController
class EmployeeController {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbcTemplate;

    EmployeeController(EntityManager entityManager, JdbcTemplate jdbcTemplate) {
        this.entityManager = entityManager;
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/employees")
    List<?> byDepartment(String department) {
        return entityManager.createQuery("SELECT e FROM Employee e WHERE e.department = '" + department + "'").getResultList();  // expect: sql-injection "parameter `department`"
    }

    @GetMapping("/employees/badge")
    List<?> byBadge(String badge) {
        String sql = "SELECT id, name FROM employees WHERE badge = '" + badge.trim() + "'";
        return entityManager.createNativeQuery(sql).getResultList();  // expect: sql-injection "parameter `badge`"
    }

    @GetMapping("/employees/count")
    Map<String, Object> count(String office) {
        return jdbcTemplate.queryForMap("SELECT COUNT(id) AS n FROM employees WHERE office = '" + office + "'");  // expect: sql-injection "parameter `office`"
    }
}
