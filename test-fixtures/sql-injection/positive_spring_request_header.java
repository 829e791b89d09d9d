// @RequestHeader String handler parameters written into the SQL of JdbcTemplate and NamedParameterJdbcTemplate calls.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TenantSettingsController {

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate namedJdbcTemplate;

    TenantSettingsController(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate namedJdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.namedJdbcTemplate = namedJdbcTemplate;
    }

    @GetMapping("/settings")
    List<Map<String, Object>> settings(@RequestHeader("X-Tenant") String tenant) {
        return jdbcTemplate.queryForList("SELECT setting_key, setting_value FROM " + tenant + "_settings");  // expect: sql-injection "parameter `tenant`"
    }

    @GetMapping("/settings/locale")
    List<Map<String, Object>> localized(@RequestHeader("Accept-Language") String language) {
        String locale = language.substring(0, 2);
        return namedJdbcTemplate.queryForList("SELECT setting_key, label FROM setting_labels WHERE locale = '" + locale + "'", Map.of());  // expect: sql-injection "parameter `language`"
    }

    @PostMapping("/settings/touch")
    int touch(@RequestHeader String client) {
        String sql = "UPDATE tenants SET last_client = '";
        sql += client;
        sql += "', touched_at = CURRENT_TIMESTAMP";
        return jdbcTemplate.update(sql);  // expect: sql-injection "parameter `client`"
    }
}
