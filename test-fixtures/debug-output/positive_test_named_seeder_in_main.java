// A main-source component named TestDataSeeder that prints what it inserts when the context is refreshed.
import java.util.List;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
class TestDataSeeder {

    private final CustomerOrderRepository orders;

    TestDataSeeder(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    @EventListener(ContextRefreshedEvent.class)
    void seed() {
        if (orders.count() > 0) {
            return;
        }
        var seeded = orders.saveAll(List.of(
                new CustomerOrder(1L, "SKU-RED-M", 2),
                new CustomerOrder(1L, "SKU-BLUE-L", 1),
                new CustomerOrder(2L, "SKU-GREEN-S", 5)));
        seeded.forEach(order -> System.out.println("Seeded order " + order.getId())); // expect: debug-output "System.out"
    }
}
