// A customer REST controller that only looks up single rows or an explicit id list: findById, findByEmail returning Optional, existsByEmail and findAllById.
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "customers")
class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    private String firstName;

    private String lastName;

    private String city;

    private String tier;

    private Instant createdAt;

    protected Customer() {
    }

    Customer(String email, String firstName, String lastName, String city, String tier) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.city = city;
        this.tier = tier;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getCity() {
        return city;
    }

    public String getTier() {
        return tier;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Customer> findByTier(String tier);

    List<Customer> findByCityAndTier(String city, String tier);

    List<Customer> findByLastNameIgnoreCase(String lastName);
}

record CustomerCard(Long id, String email, String displayName) {

    static CustomerCard of(Customer customer) {
        return new CustomerCard(customer.getId(), customer.getEmail(),
                customer.getFirstName() + " " + customer.getLastName());
    }
}

@RestController
@RequestMapping("/api/customers/lookup")
class CustomerLookupController {

    private final CustomerRepository customerRepository;

    CustomerLookupController(CustomerRepository customerRepository) {
        this.customerRepository = customerRepository;
    }

    @GetMapping("/{id}")
    public ResponseEntity<CustomerCard> byId(@PathVariable Long id) {
        return customerRepository.findById(id)
                .map(CustomerCard::of)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping
    public ResponseEntity<CustomerCard> byEmail(@RequestParam String email) {
        Optional<Customer> customer = customerRepository.findByEmail(email.trim().toLowerCase());
        return ResponseEntity.of(customer.map(CustomerCard::of));
    }

    @GetMapping("/exists")
    public boolean emailTaken(@RequestParam String email) {
        return customerRepository.existsByEmail(email);
    }

    @PostMapping("/batch")
    public List<CustomerCard> byIds(@RequestBody List<Long> ids) {
        if (ids.size() > 200) {
            throw new IllegalArgumentException("at most 200 ids per request");
        }
        return customerRepository.findAllById(ids).stream()
                .map(CustomerCard::of)
                .toList();
    }
}
