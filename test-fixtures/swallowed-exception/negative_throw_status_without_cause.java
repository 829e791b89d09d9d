// Catch blocks that throw a new HTTP-status exception without the cause still throw (handled here; lost-stack-trace covers the missing cause).
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class OrderStatusController {

    private final JdbcTemplate jdbcTemplate;

    OrderStatusController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/orders/{id}/status")
    String status(@PathVariable long id) {
        try {
            return jdbcTemplate.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, id);
        } catch (EmptyResultDataAccessException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + id);
        }
    }
}

@Path("/legacy/orders")
class LegacyOrderResource {

    private final JdbcTemplate jdbcTemplate;

    LegacyOrderResource(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GET
    @Path("/{id}")
    String find(@PathParam("id") String id) {
        try {
            return jdbcTemplate.queryForObject("SELECT payload FROM legacy_orders WHERE id = ?", String.class, Long.parseLong(id));
        } catch (NumberFormatException | EmptyResultDataAccessException e) {
            throw new NotFoundException();
        }
    }
}
