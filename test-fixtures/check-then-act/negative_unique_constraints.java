// Spring Data check-then-save where the looked-up column is unique in the entity: @Column(unique = true), @Table(uniqueConstraints) naming the snake_case column of a camelCase field (single and composite), a unique @Index, and a derived query on the @Id property; the database rejects the duplicate insert.
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Entity
@Table(name = "customer_order",
        uniqueConstraints = {
                @UniqueConstraint(columnNames = "order_number"),
                @UniqueConstraint(name = "uk_order_tenant_ref", columnNames = {"tenant_id", "external_ref"})
        },
        indexes = @Index(name = "ux_order_payment_intent", columnList = "payment_intent_id", unique = true))
class CustomerOrder {

    @Id
    @GeneratedValue
    private Long id;

    private String orderNumber;

    private String tenantId;

    private String externalRef;

    private String paymentIntentId;

    @Column(name = "checkout_token", unique = true, nullable = false)
    private String checkoutToken;

    protected CustomerOrder() {
    }

    CustomerOrder(String orderNumber, String tenantId, String externalRef, String paymentIntentId, String checkoutToken) {
        this.orderNumber = orderNumber;
        this.tenantId = tenantId;
        this.externalRef = externalRef;
        this.paymentIntentId = paymentIntentId;
        this.checkoutToken = checkoutToken;
    }
}

interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

    boolean existsByOrderNumber(String orderNumber);

    boolean existsByTenantIdAndExternalRef(String tenantId, String externalRef);

    Optional<CustomerOrder> findByPaymentIntentId(String paymentIntentId);

    long countByCheckoutToken(String checkoutToken);
}

@Service
class OrderPlacementService {

    private final CustomerOrderRepository orders;

    OrderPlacementService(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    @Transactional
    CustomerOrder place(String orderNumber, String tenantId, String checkoutToken) {
        if (orders.existsByOrderNumber(orderNumber)) {
            throw new IllegalStateException("order " + orderNumber + " exists");
        }
        return orders.save(new CustomerOrder(orderNumber, tenantId, null, null, checkoutToken));
    }

    void importExternal(String tenantId, String externalRef) {
        if (!orders.existsByTenantIdAndExternalRef(tenantId, externalRef)) {
            orders.save(new CustomerOrder("EXT-" + externalRef, tenantId, externalRef, null, externalRef));
        }
    }

    void onPaymentIntent(String paymentIntentId, String tenantId) {
        if (orders.findByPaymentIntentId(paymentIntentId).isEmpty()) {
            orders.save(new CustomerOrder("PI-" + paymentIntentId, tenantId, null, paymentIntentId, paymentIntentId));
        }
    }

    void checkout(String checkoutToken, String tenantId) {
        if (orders.countByCheckoutToken(checkoutToken) == 0) {
            orders.saveAndFlush(new CustomerOrder("CO-" + checkoutToken, tenantId, null, null, checkoutToken));
        }
    }
}

@Entity
class CountryCode {

    @Id
    private String isoCode;

    private String name;

    protected CountryCode() {
    }

    CountryCode(String isoCode, String name) {
        this.isoCode = isoCode;
        this.name = name;
    }
}

interface CountryCodeRepository extends CrudRepository<CountryCode, String> {

    boolean existsByIsoCode(String isoCode);
}

@Service
class CountrySeeder {

    private final CountryCodeRepository countries;

    CountrySeeder(CountryCodeRepository countries) {
        this.countries = countries;
    }

    void addCountry(String isoCode, String name) {
        if (!countries.existsByIsoCode(isoCode)) {
            countries.save(new CountryCode(isoCode, name));
        }
    }
}
