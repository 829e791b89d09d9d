// isPresent/isEmpty checks made on a different Optional than the one read with get().
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class ShippingAddress {
    @Id
    Long id;
    Long customerId;
    String kind;
    String city;

    String getCity() {
        return city;
    }
}

interface ShippingAddressRepository extends JpaRepository<ShippingAddress, Long> {

    Optional<ShippingAddress> findFirstByCustomerIdAndKind(Long customerId, String kind);
}

class DeliveryRouter {

    private final ShippingAddressRepository addresses;

    DeliveryRouter(ShippingAddressRepository addresses) {
        this.addresses = addresses;
    }

    String deliveryCity(long customerId) {
        Optional<ShippingAddress> shipping = addresses.findFirstByCustomerIdAndKind(customerId, "SHIPPING");
        Optional<ShippingAddress> billing = addresses.findFirstByCustomerIdAndKind(customerId, "BILLING");
        if (shipping.isPresent()) {
            return billing.get().getCity();  // expect: optional-get-unchecked "`billing."
        }
        return "unknown";
    }

    String invoiceCity(long customerId) {
        Optional<ShippingAddress> billing = addresses.findFirstByCustomerIdAndKind(customerId, "BILLING");
        Optional<ShippingAddress> fallback = addresses.findById(customerId);
        if (fallback.isEmpty()) {
            return "unknown";
        }
        return billing.get().getCity();  // expect: optional-get-unchecked "`billing."
    }
}
