// An order controller that converts the request's String id to the entity's Long or UUID type (or the id to a String) before comparing.
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

enum OrderState {
    NEW,
    PAID,
    SHIPPED,
    CANCELLED
}

@Entity
@Table(name = "purchase_orders")
class PurchaseOrder {

    @Id
    @GeneratedValue
    private Long id;

    private UUID publicId = UUID.randomUUID();

    private Long customerId;

    private Integer quantity;

    @Version
    private Long version;

    @Enumerated(EnumType.STRING)
    private OrderState status = OrderState.NEW;

    protected PurchaseOrder() {
    }

    PurchaseOrder(Long customerId, Integer quantity) {
        this.customerId = customerId;
        this.quantity = quantity;
    }

    Long getId() {
        return id;
    }

    UUID getPublicId() {
        return publicId;
    }

    Long getCustomerId() {
        return customerId;
    }

    Integer getQuantity() {
        return quantity;
    }

    Long getVersion() {
        return version;
    }

    OrderState getStatus() {
        return status;
    }

    void setStatus(OrderState status) {
        this.status = status;
    }
}

interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    List<PurchaseOrder> findByCustomerId(Long customerId);
}

@RestController
class OrderLookupController {

    private final PurchaseOrderRepository orders;

    OrderLookupController(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/customers/{customerId}/orders/{id}")
    ResponseEntity<PurchaseOrder> byId(@PathVariable String customerId, @PathVariable String id) {
        List<PurchaseOrder> owned = orders.findByCustomerId(Long.valueOf(customerId));
        for (PurchaseOrder order : owned) {
            if (order.getId().equals(Long.valueOf(id))) {
                return ResponseEntity.ok(order);
            }
        }
        return ResponseEntity.notFound().build();
    }

    @GetMapping("/orders/by-ref/{ref}")
    ResponseEntity<PurchaseOrder> byReference(@PathVariable String ref, @RequestParam String customerId) {
        UUID publicId = UUID.fromString(ref);
        var owned = orders.findByCustomerId(Long.parseLong(customerId));
        return owned.stream()
                .filter(o -> o.getPublicId().equals(publicId))
                .filter(o -> Objects.equals(o.getCustomerId(), Long.parseLong(customerId)))
                .findFirst()
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/orders/{id}/exists")
    boolean exists(@PathVariable String id, @RequestParam String customerId) {
        List<PurchaseOrder> owned = orders.findByCustomerId(Long.valueOf(customerId));
        return owned.stream().anyMatch(o -> String.valueOf(o.getId()).equals(id)
                || o.getPublicId().toString().equals(id));
    }
}
