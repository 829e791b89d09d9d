// Handlers returning @Embeddable value objects (the PostalAddress of another file and OpeningHours) taken from entities, not the entities themselves.
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Embeddable
class OpeningHours {

    private DayOfWeek day;
    private LocalTime opens;
    private LocalTime closes;

    public DayOfWeek getDay() { return day; }
    public LocalTime getOpens() { return opens; }
    public LocalTime getCloses() { return closes; }
}

@Entity
class StoreLocation {

    @Id
    @GeneratedValue
    private Long id;
    private String name;

    @Embedded
    private PostalAddress address;

    @ElementCollection
    private List<OpeningHours> openingHours = new ArrayList<>();

    public Long getId() { return id; }
    public String getName() { return name; }
    public PostalAddress getAddress() { return address; }
    public List<OpeningHours> getOpeningHours() { return openingHours; }
}

interface StoreLocationRepository extends JpaRepository<StoreLocation, Long> {
}

@RestController
class StoreInfoController {

    private final StoreLocationRepository stores;
    private final CustomerRepository customers;

    StoreInfoController(StoreLocationRepository stores, CustomerRepository customers) {
        this.stores = stores;
        this.customers = customers;
    }

    @GetMapping("/api/stores/{id}/address")
    public PostalAddress storeAddress(@PathVariable Long id) {
        return stores.findById(id).orElseThrow().getAddress();
    }

    @GetMapping("/api/stores/{id}/opening-hours")
    public List<OpeningHours> openingHours(@PathVariable Long id) {
        return stores.findById(id).map(StoreLocation::getOpeningHours).orElse(List.of());
    }

    @GetMapping("/api/customers/{id}/address")
    public PostalAddress customerAddress(@PathVariable Long id) {
        return customers.findById(id).map(Customer::getAddress).orElseThrow();
    }
}
