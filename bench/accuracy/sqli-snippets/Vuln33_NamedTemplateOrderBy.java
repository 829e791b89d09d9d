package eval.c33;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln33_NamedTemplateOrderBy {

    private final NamedParameterJdbcTemplate namedJdbc;

    public Vuln33_NamedTemplateOrderBy(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    @GetMapping("/api/orders")
    public List<Long> orders(@RequestParam String customer,
                             @RequestParam(defaultValue = "created_at") String sort) {
        // customer is bound; sort is pasted into the text
        String sql = "SELECT id FROM orders WHERE customer = :customer ORDER BY " + sort;
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("customer", customer);
        return namedJdbc.query(sql, params, (rs, i) -> rs.getLong("id")); // sink
    }
}
