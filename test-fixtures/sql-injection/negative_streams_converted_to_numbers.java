// Request values turned into numbers inside streams, and lists of numbers handed to a DAO that joins them into SQL text.
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NumericStreamsController {

    private final JdbcTemplate jdbcTemplate;
    private final NumericIdsDao idsDao;

    NumericStreamsController(JdbcTemplate jdbcTemplate, NumericIdsDao idsDao) {
        this.jdbcTemplate = jdbcTemplate;
        this.idsDao = idsDao;
    }

    @GetMapping("/numeric/by-reference")
    List<Map<String, Object>> byReference(HttpServletRequest request) {
        String ids = Arrays.stream(request.getParameterValues("id")).map(Long::valueOf)
                .map(String::valueOf).collect(Collectors.joining(", "));
        return jdbcTemplate.queryForList("SELECT id FROM items WHERE id IN (" + ids + ")");
    }

    @GetMapping("/numeric/by-lambda")
    List<Map<String, Object>> byLambda(HttpServletRequest request) {
        List<Integer> years = Arrays.stream(request.getParameterValues("year")).map(y -> Integer.parseInt(y)).toList();
        return jdbcTemplate.queryForList("SELECT id FROM items WHERE year IN (" + years + ")");
    }

    @GetMapping("/numeric/through-dao")
    int archive(HttpServletRequest request) {
        List<Long> ids = Arrays.stream(request.getParameterValues("id")).map(String::trim).map(Long::valueOf).toList();
        return idsDao.archive(ids);
    }
}

class NumericIdsDao {

    private final JdbcTemplate jdbcTemplate;

    NumericIdsDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    int archive(List<Long> ids) {
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return jdbcTemplate.update("UPDATE items SET archived = true WHERE id IN (" + list + ")");
    }
}
