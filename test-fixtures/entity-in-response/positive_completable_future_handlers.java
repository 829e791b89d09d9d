// Async handlers returning CompletableFuture of the Vendor entity (declared here), of a list of it and of a ResponseEntity of it.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
class Vendor {

    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private String countryCode;
    private double rating;

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCountryCode() { return countryCode; }
    public double getRating() { return rating; }
}

interface VendorRepository extends JpaRepository<Vendor, Long> {
    List<Vendor> findByCountryCodeOrderByRatingDesc(String countryCode);
}

@RestController
@RequestMapping("/api/vendors")
class VendorController {

    private final VendorRepository vendors;
    private final ExecutorService lookupPool = Executors.newFixedThreadPool(4);

    VendorController(VendorRepository vendors) {
        this.vendors = vendors;
    }

    @GetMapping("/country/{code}")
    public CompletableFuture<List<Vendor>> vendorsInCountry(@PathVariable String code) { // expect: entity-in-response "`Vendor`"
        return CompletableFuture.supplyAsync(() -> vendors.findByCountryCodeOrderByRatingDesc(code), lookupPool);
    }

    @GetMapping("/{id}")
    public CompletableFuture<ResponseEntity<Vendor>> vendor(@PathVariable Long id) { // expect: entity-in-response "`Vendor`"
        return CompletableFuture.supplyAsync(() -> ResponseEntity.of(vendors.findById(id)), lookupPool);
    }

    @GetMapping("/top")
    public CompletableFuture<Vendor> topRated() { // expect: entity-in-response "`Vendor`"
        return CompletableFuture.supplyAsync(() -> vendors.findAll().stream()
                .max((a, b) -> Double.compare(a.getRating(), b.getRating()))
                .orElseThrow(), lookupPool);
    }

    @GetMapping("/count")
    public CompletableFuture<Long> countVendors() {
        return CompletableFuture.supplyAsync(vendors::count, lookupPool);
    }
}
