package eval.c80;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe30_RequestBodyNamedParams {

    private final NamedParameterJdbcTemplate named;

    public Safe30_RequestBodyNamedParams(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    @PostMapping("/api/contacts")
    public int create(@RequestBody Contact contact) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("name", contact.name)
                .addValue("email", contact.email);
        return named.update("INSERT INTO contacts (name, email) VALUES (:name, :email)", params); // sink
    }

    public static class Contact {
        public String name;
        public String email;
    }
}
