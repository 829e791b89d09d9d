// Non-final fields of @Service, @Repository, @Component (@Lazy, explicit singleton scope) and @Configuration beans assigned in ordinary methods, as `this.field` and by the bare name.
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

@Service
class OrderService {

    record PlacedOrder(String id, String customerId, BigDecimal total) {
    }

    interface OrderNumbers {
        String next();
    }

    private final OrderNumbers orderNumbers;
    private PlacedOrder lastOrder;  // expect: singleton-mutable-state "`lastOrder`"

    OrderService(OrderNumbers orderNumbers) {
        this.orderNumbers = orderNumbers;
    }

    PlacedOrder placeOrder(String customerId, BigDecimal total) {
        lastOrder = new PlacedOrder(orderNumbers.next(), customerId, total);
        return lastOrder;
    }

    String confirmationText() {
        return "Order " + lastOrder.id() + " for " + lastOrder.total();
    }
}

@Repository
class ShipmentSyncRepository {

    record Shipment(String trackingNumber, String status) {
    }

    private Instant lastSync;  // expect: singleton-mutable-state "`lastSync`"
    private String lastTrackingNumber;  // expect: singleton-mutable-state "`lastTrackingNumber`"

    int sync(List<Shipment> batch) {
        this.lastSync = Instant.now();
        for (var shipment : batch) {
            this.lastTrackingNumber = shipment.trackingNumber();
        }
        return batch.size();
    }
}

@Lazy
@Component
@Scope(ConfigurableBeanFactory.SCOPE_SINGLETON)
class InvoiceNumberFormatter {

    private String prefix = "INV";  // expect: singleton-mutable-state "`prefix`"

    String format(int year, long sequence) {
        prefix = "INV-" + year;
        return prefix + "-" + String.format("%06d", sequence);
    }
}

@Component
@Scope("singleton")
class ExportFileNamer {

    private String extension = ".csv";  // expect: singleton-mutable-state "`extension`"

    String nameFor(String report, String format) {
        extension = switch (format) {
            case "excel" -> ".xlsx";
            case "json" -> ".json";
            default -> ".csv";
        };
        return report + extension;
    }
}

@Configuration
class TenantDataSourceConfiguration {

    private String currentTenant = "public";  // expect: singleton-mutable-state "`currentTenant`"

    @Bean
    Supplier<String> tenantSchema() {
        return () -> "tenant_" + currentTenant;
    }

    void switchTenant(String tenantId) {
        currentTenant = tenantId;
    }
}
