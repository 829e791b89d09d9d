// Supplier handlers returning findAll(Sort) of a ListCrudRepository + ListPagingAndSortingRepository: sorted, but with no page or limit.
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "suppliers")
class Supplier {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private String country;

    private double rating;

    protected Supplier() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public double getRating() {
        return rating;
    }
}

interface SupplierRepository extends ListCrudRepository<Supplier, Long>, ListPagingAndSortingRepository<Supplier, Long> {
}

@RestController
@RequestMapping("/api/suppliers")
class SupplierController {

    private final SupplierRepository supplierRepository;

    SupplierController(SupplierRepository supplierRepository) {
        this.supplierRepository = supplierRepository;
    }

    @GetMapping
    public List<Supplier> all(@RequestParam(defaultValue = "name") String sortBy) {
        var sort = switch (sortBy) {
            case "rating" -> Sort.by(Sort.Direction.DESC, "rating");
            case "country" -> Sort.by("country", "name");
            default -> Sort.by("name");
        };
        return supplierRepository.findAll(sort); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping("/top-rated")
    public List<String> topRatedNames() {
        return supplierRepository.findAll(Sort.by(Sort.Direction.DESC, "rating")).stream().map(Supplier::getName).toList(); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping("/page")
    public Slice<Supplier> page(@RequestParam(defaultValue = "0") int page) {
        return supplierRepository.findAll(PageRequest.of(page, 30, Sort.by("name")));
    }
}
