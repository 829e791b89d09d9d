package eval.c87;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class Safe37_SecondTopLevelPaging {

    private final JdbcTemplate jdbcTemplate;

    public Safe37_SecondTopLevelPaging(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/reports/sales")
    @ResponseBody
    public List<Map<String, Object>> sales(@RequestParam(defaultValue = "50") String size) {
        String sql = "SELECT month, amount FROM sales ORDER BY month" + Paging.limit(size);
        return jdbcTemplate.queryForList(sql); // sink
    }
}

class Paging {

    static String limit(String size) {
        int n = Integer.parseInt(size);
        return " LIMIT " + Math.min(Math.max(n, 1), 100);
    }
}
