// A REST controller that maps Spring DAO exceptions to ResponseStatusException without the caught exception as cause.
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

record CustomerView(long id, String email, String name) {
}

@RestController
@RequestMapping("/api/customers")
class CustomerAdminController {

    private final JdbcTemplate jdbc;

    CustomerAdminController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/{id}")
    public CustomerView get(@PathVariable long id) {
        try {
            return jdbc.queryForObject("SELECT id, email, name FROM customer WHERE id = ?",
                    (rs, row) -> new CustomerView(rs.getLong("id"), rs.getString("email"), rs.getString("name")), id);
        } catch (EmptyResultDataAccessException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Customer " + id + " not found"); // expect: lost-stack-trace "ResponseStatusException"
        }
    }

    @PostMapping
    public void create(@RequestBody CustomerView customer) {
        try {
            jdbc.update("INSERT INTO customer (email, name) VALUES (?, ?)", customer.email(), customer.name());
        } catch (DataIntegrityViolationException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Email " + customer.email() + " is already registered"); // expect: lost-stack-trace "ResponseStatusException"
        }
    }

    @PutMapping("/{id}")
    public void rename(@PathVariable long id, @RequestBody Map<String, String> body) {
        try {
            jdbc.update("UPDATE customer SET name = ? WHERE id = ?", body.get("name"), id);
        } catch (OptimisticLockingFailureException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Customer was modified concurrently", e);
        }
    }
}
