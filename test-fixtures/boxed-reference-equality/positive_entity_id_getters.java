// JPA entities with Long ids and foreign keys (used across the folder) and an ownership service that compares their getters with == and !=.
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.stereotype.Service;

@Entity
@Table(name = "customer_accounts")
class CustomerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    private Long referrerId;

    private Long tenantId;

    protected CustomerAccount() {
    }

    CustomerAccount(String email, Long tenantId) {
        this.email = email;
        this.tenantId = tenantId;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Long getReferrerId() {
        return referrerId;
    }

    public void setReferrerId(Long referrerId) {
        this.referrerId = referrerId;
    }

    public Long getTenantId() {
        return tenantId;
    }
}

@Entity
@Table(name = "purchase_orders")
class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    private Long tenantId;

    private Integer quantity;

    @Enumerated(EnumType.STRING)
    private OrderStatus status = OrderStatus.NEW;

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    PurchaseOrder(Long customerId, Long tenantId, Integer quantity) {
        this.customerId = customerId;
        this.tenantId = tenantId;
        this.quantity = quantity;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public long getVersion() {
        return version;
    }
}

@Service
class OrderOwnershipService {

    public boolean isOwnedBy(PurchaseOrder order, CustomerAccount customer) {
        return order.getCustomerId() == customer.getId(); // expect: boxed-reference-equality "`order.getCustomerId()`"
    }

    public boolean sameTenant(PurchaseOrder order, CustomerAccount customer) {
        return order.getTenantId() != null && order.getTenantId() == customer.getTenantId(); // expect: boxed-reference-equality "`order.getTenantId()`"
    }

    public void assertNotSelfReferral(CustomerAccount customer) {
        if (customer.getReferrerId() != null && customer.getReferrerId() == customer.getId()) { // expect: boxed-reference-equality "`customer.getReferrerId()`"
            throw new IllegalArgumentException("A customer cannot refer themselves");
        }
    }

    public boolean belongsToSomeoneElse(PurchaseOrder order, Long customerId) {
        return customerId != order.getCustomerId(); // expect: boxed-reference-equality "`customerId`"
    }

    public boolean isLatest(PurchaseOrder order, long expectedVersion) {
        return order.getVersion() == expectedVersion;
    }
}
