package eval2.case27;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/tenants")
public class TenantAdminController {

    private static final Logger log = LoggerFactory.getLogger(TenantAdminController.class);

    private final JdbcTemplate jdbcTemplate;

    public TenantAdminController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping
    public List<Map<String, Object>> tenants(@RequestParam(defaultValue = "STANDARD") String plan,
                                             @RequestParam(defaultValue = "false") String includeArchived,
                                             @RequestParam(defaultValue = "name") String order) {
        boolean archived = Boolean.parseBoolean(includeArchived);
        boolean newestFirst = "newest".equals(order);
        if (archived) {
            log.info("tenant listing including archived tenants for plan {}", plan);
        }

        String sql = TenantSql.listTenants(archived, newestFirst);
        return jdbcTemplate.queryForList(sql, plan); // sink
    }
}
