// Handlers returning entities of a JPA inheritance hierarchy (declared here) built on a @MappedSuperclass: the base entity and a subclass entity are both entities.
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@MappedSuperclass
abstract class AuditedRecord {

    private Instant createdAt = Instant.now();
    private Instant updatedAt;
    private String createdBy;

    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getCreatedBy() { return createdBy; }
}

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
class PaymentMethod extends AuditedRecord {

    @Id
    @GeneratedValue
    private Long id;
    private Long customerId;
    private String holderName;

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public String getHolderName() { return holderName; }
}

@Entity
@DiscriminatorValue("CARD")
class CardPaymentMethod extends PaymentMethod {

    private String brand;
    private String lastFour;
    private int expiryMonth;
    private int expiryYear;

    public String getBrand() { return brand; }
    public String getLastFour() { return lastFour; }
    public int getExpiryMonth() { return expiryMonth; }
    public int getExpiryYear() { return expiryYear; }
}

interface PaymentMethodRepository extends JpaRepository<PaymentMethod, Long> {
    List<PaymentMethod> findByCustomerId(Long customerId);
}

interface CardPaymentMethodRepository extends JpaRepository<CardPaymentMethod, Long> {
}

@RestController
@RequestMapping("/api/payment-methods")
class PaymentMethodController {

    private final PaymentMethodRepository methods;
    private final CardPaymentMethodRepository cards;

    PaymentMethodController(PaymentMethodRepository methods, CardPaymentMethodRepository cards) {
        this.methods = methods;
        this.cards = cards;
    }

    @GetMapping("/customer/{customerId}")
    public List<PaymentMethod> methodsOfCustomer(@PathVariable Long customerId) { // expect: entity-in-response "`PaymentMethod`"
        return methods.findByCustomerId(customerId);
    }

    @GetMapping("/cards/{id}")
    public CardPaymentMethod card(@PathVariable Long id) { // expect: entity-in-response "`CardPaymentMethod`"
        return cards.findById(id).orElseThrow();
    }
}
