// Service, event-listener and @Repository beans (no web handlers) whose methods return Customer, SalesOrder and AppUser entities of other files.
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

record OrderPaidEvent(Long orderId) {
}

@Service
class CustomerOnboardingService {

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;

    CustomerOnboardingService(CustomerRepository customers, SalesOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    public Customer register(String fullName, String email) {
        var customer = new Customer();
        customer.setFullName(fullName);
        customer.setEmail(email);
        return customers.save(customer);
    }

    @Cacheable("customersByEmail")
    public Optional<Customer> byEmail(String email) {
        return customers.findByEmail(email);
    }

    @Async
    public CompletableFuture<List<SalesOrder>> exportOpenOrders() {
        return CompletableFuture.completedFuture(orders.findByStatus(OrderStatus.OPEN));
    }
}

@Component
class OrderPaidListener {

    private final SalesOrderRepository orders;

    OrderPaidListener(SalesOrderRepository orders) {
        this.orders = orders;
    }

    @EventListener
    public SalesOrder onPaid(OrderPaidEvent event) {
        SalesOrder order = orders.findById(event.orderId()).orElseThrow();
        order.setStatus(OrderStatus.PAID);
        return orders.save(order);
    }
}

@Repository
class AppUserQueries {

    @PersistenceContext
    private EntityManager em;

    public List<AppUser> usersWithRole(String role) {
        return em.createQuery("select u from AppUser u join u.roles r where r = :role", AppUser.class)
                .setParameter("role", role)
                .getResultList();
    }

    public AppUser[] admins() {
        return usersWithRole("ADMIN").toArray(AppUser[]::new);
    }
}
