package eval.c91;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe41_DynamicWhereNamedBinds {

    private final NamedParameterJdbcTemplate namedJdbc;

    public Safe41_DynamicWhereNamedBinds(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    @GetMapping("/api/people")
    public List<Map<String, Object>> search(@RequestParam(required = false) String name,
                                            @RequestParam(required = false) String city) {
        StringBuilder sql = new StringBuilder("SELECT id, name, city FROM people WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (name != null) {
            sql.append(" AND name LIKE :name");
            params.addValue("name", name + "%");
        }
        if (city != null) {
            sql.append(" AND city = :city");
            params.addValue("city", city);
        }
        return namedJdbc.queryForList(sql.toString(), params); // sink
    }
}
