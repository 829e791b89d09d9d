// @RequestParam and @PathVariable String handler parameters concatenated into SQL on an injected JdbcTemplate in a @RestController.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BookController {

    private final JdbcTemplate jdbcTemplate;

    BookController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/books")
    List<Map<String, Object>> search(@RequestParam("title") String title) {
        return jdbcTemplate.queryForList("SELECT id, title, isbn FROM books WHERE title LIKE '%" + title + "%'");  // expect: sql-injection "parameter `title`"
    }

    @GetMapping("/books/{isbn}")
    Map<String, Object> byIsbn(@PathVariable String isbn) {
        String sql = "SELECT id, title, isbn FROM books WHERE isbn = '" + isbn + "'";
        return jdbcTemplate.queryForMap(sql);  // expect: sql-injection "parameter `isbn`"
    }

    @PostMapping("/books/{isbn}/shelf")
    int shelve(@PathVariable("isbn") String isbn, @RequestParam String shelf) {
        return jdbcTemplate.update("UPDATE books SET shelf = '" + shelf + "' WHERE isbn = ?", isbn);  // expect: sql-injection "parameter `shelf`"
    }
}
