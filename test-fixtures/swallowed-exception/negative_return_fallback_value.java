// Catch blocks that return something (a 400 response, false, an empty Optional) count as handling, as the project decided.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Entity
class Customer {

    @Id
    @GeneratedValue
    private Long id;
    private String email;
    private String name;

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getName() {
        return name;
    }
}

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByEmail(String email);
}

@RestController
class CustomerLookupController {

    private final CustomerRepository repository;
    private final JWTVerifier verifier = JWT.require(Algorithm.HMAC256("change-me")).withIssuer("shop").build();

    CustomerLookupController(CustomerRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/customers/{id}")
    ResponseEntity<Customer> byId(@PathVariable String id) {
        try {
            return ResponseEntity.of(repository.findById(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            return ResponseEntity.badRequest().build();
        }
    }

    boolean isValidToken(String token) {
        try {
            verifier.verify(token);
            return true;
        } catch (JWTVerificationException e) {
            return false;
        }
    }

    Optional<Long> parseId(String raw) {
        try {
            return Optional.of(Long.valueOf(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
