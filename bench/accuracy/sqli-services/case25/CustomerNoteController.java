package eval2.case25;

import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerNoteController {

    private static final Logger log = LoggerFactory.getLogger(CustomerNoteController.class);

    private static final String INSERT_NOTE = """
            INSERT INTO customer_notes (customer_id, author, category, body, created_at)
            SELECT c.id, :author, :category, :body, :createdAt
            FROM customers c
            WHERE c.customer_number = :customerNumber
            """;

    private final NamedParameterJdbcTemplate namedJdbc;

    public CustomerNoteController(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    @PostMapping("/crm/notes")
    public ResponseEntity<String> addNote(@RequestBody CustomerNoteRequest request) {
        if (request.getBody() == null || request.getBody().length() > 4000) {
            return ResponseEntity.badRequest().body("note body missing or too long");
        }
        String category = request.getCategory() == null ? "GENERAL" : request.getCategory().toUpperCase();

        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("customerNumber", request.getCustomerNumber())
                .addValue("author", request.getAuthor())
                .addValue("category", category)
                .addValue("body", request.getBody())
                .addValue("createdAt", OffsetDateTime.now());

        KeyHolder keys = new GeneratedKeyHolder();
        int inserted = namedJdbc.update(INSERT_NOTE, params, keys); // sink
        if (inserted == 0) {
            log.info("note rejected: unknown customer {}", request.getCustomerNumber());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("unknown customer");
        }
        log.info("note added for customer {} by {}", request.getCustomerNumber(), request.getAuthor());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
