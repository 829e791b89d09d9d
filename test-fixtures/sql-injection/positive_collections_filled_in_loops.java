// Request data gathered into lists in loops, through streams and through an interface's normaliser, then joined into SQL text.
import jakarta.servlet.http.HttpServletRequest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LoopFilledListsController {

    private final JdbcTemplate jdbcTemplate;
    private final LoopFilledColumnsDao columnsDao;

    LoopFilledListsController(JdbcTemplate jdbcTemplate, LoopFilledColumnsDao columnsDao) {
        this.jdbcTemplate = jdbcTemplate;
        this.columnsDao = columnsDao;
    }

    @GetMapping("/filled/by-names")
    List<Map<String, Object>> byNames(HttpServletRequest request) {
        List<String> columns = new ArrayList<>();
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            columns.add(names.nextElement());
        }
        return jdbcTemplate.queryForList("SELECT " + String.join(", ", columns) + " FROM items");  // expect: sql-injection
    }

    @GetMapping("/filled/by-headers")
    List<Map<String, Object>> byHeaders(HttpServletRequest request) {
        List<String> lowered = Collections.list(request.getHeaderNames()).stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
        return columnsDao.select(lowered);
    }

    @GetMapping("/filled/normalised")
    List<Map<String, Object>> normalised(HttpServletRequest request) {
        String term = Normalizer.normalize(request.getParameter("q"), Normalizer.Form.NFKC);
        return jdbcTemplate.queryForList("SELECT id FROM items WHERE name = '" + term + "'");  // expect: sql-injection
    }
}

class LoopFilledColumnsDao {

    private final JdbcTemplate jdbcTemplate;

    LoopFilledColumnsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> select(List<String> columns) {
        StringBuilder sql = new StringBuilder("SELECT id");
        for (String column : columns) {
            sql.append(", ").append(column);
        }
        return jdbcTemplate.queryForList(sql.append(" FROM items").toString());  // expect: sql-injection
    }
}
