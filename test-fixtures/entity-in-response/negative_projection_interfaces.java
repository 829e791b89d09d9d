// Spring Data interface projections (including a nested one) of Customer, SalesOrder and AppUser returned by handlers instead of the entities.
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

interface CustomerContact {
    String getFullName();
    String getEmail();
    String getPhone();
}

interface OrderOverview {
    Long getId();
    OrderStatus getStatus();
    CustomerNameRef getCustomer();

    interface CustomerNameRef {
        String getFullName();
    }
}

interface UserDirectoryEntry {
    String getUsername();
    String getEmail();
}

interface CustomerContactRepository extends Repository<Customer, Long> {
    List<CustomerContact> findByAddressCity(String city);
}

interface OrderOverviewRepository extends Repository<SalesOrder, Long> {
    Page<OrderOverview> findByStatus(OrderStatus status, Pageable pageable);
}

interface UserDirectoryRepository extends Repository<AppUser, Long> {
    List<UserDirectoryEntry> findByEnabledTrueOrderByUsername();
}

@RestController
class DirectoryController {

    private final CustomerContactRepository contacts;
    private final OrderOverviewRepository overviews;
    private final UserDirectoryRepository directory;

    DirectoryController(CustomerContactRepository contacts, OrderOverviewRepository overviews, UserDirectoryRepository directory) {
        this.contacts = contacts;
        this.overviews = overviews;
        this.directory = directory;
    }

    @GetMapping("/api/directory/customers")
    public List<CustomerContact> customersInCity(@RequestParam String city) {
        return contacts.findByAddressCity(city);
    }

    @GetMapping("/api/directory/orders")
    public Page<OrderOverview> ordersInStatus(@RequestParam OrderStatus status, Pageable pageable) {
        return overviews.findByStatus(status, pageable);
    }

    @GetMapping("/api/directory/users")
    public List<UserDirectoryEntry> activeUsers() {
        return directory.findByEnabledTrueOrderByUsername();
    }
}
