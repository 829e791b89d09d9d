package eval2.case18;

import java.util.HashMap;
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
@RequestMapping("/procurement/suppliers")
public class SupplierDirectoryController {

    private static final Logger log = LoggerFactory.getLogger(SupplierDirectoryController.class);

    private final JdbcTemplate jdbcTemplate;

    public SupplierDirectoryController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping
    public List<Map<String, Object>> search(@RequestParam(name = "q", defaultValue = "") String q,
                                            @RequestParam(name = "country", required = false) String country) {
        Map<String, String> query = new HashMap<>();
        query.put("table", "suppliers");
        query.put("columns", "id, legal_name, vat_number, country_code, rating");
        query.put("orderBy", "legal_name");
        query.put("search", q.trim());
        query.put("country", country == null ? "" : country.toUpperCase());

        String sql = "SELECT " + query.get("columns") + " FROM " + query.get("table")
                + " WHERE legal_name ILIKE ? AND (? = '' OR country_code = ?)"
                + " ORDER BY " + query.get("orderBy");

        String pattern = "%" + query.get("search") + "%";
        log.debug("supplier search q='{}' country='{}'", query.get("search"), query.get("country"));
        return jdbcTemplate.queryForList(sql, pattern, query.get("country"), query.get("country")); // sink
    }
}
