// Inventory handlers returning Warehouse and StockItem entities (declared in this file) inside List, Set, Collection and Iterable.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Entity
class Warehouse {

    @Id
    @GeneratedValue
    private Long id;
    private String code;
    private String city;
    private int capacity;

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getCity() { return city; }
    public int getCapacity() { return capacity; }
}

@Entity
class StockItem {

    @Id
    @GeneratedValue
    private Long id;
    private String sku;
    private int quantity;

    @ManyToOne
    private Warehouse warehouse;

    public Long getId() { return id; }
    public String getSku() { return sku; }
    public int getQuantity() { return quantity; }
    public Warehouse getWarehouse() { return warehouse; }
}

interface WarehouseRepository extends JpaRepository<Warehouse, Long> {
    List<Warehouse> findByCity(String city);
}

interface StockItemRepository extends JpaRepository<StockItem, Long> {
    List<StockItem> findByQuantityLessThan(int quantity);
}

@RestController
@RequestMapping("/api/inventory")
class InventoryController {

    private final WarehouseRepository warehouses;
    private final StockItemRepository stock;

    InventoryController(WarehouseRepository warehouses, StockItemRepository stock) {
        this.warehouses = warehouses;
        this.stock = stock;
    }

    @GetMapping("/warehouses")
    public List<Warehouse> listWarehouses() { // expect: entity-in-response "`Warehouse`"
        return warehouses.findAll();
    }

    @GetMapping("/warehouses/by-city")
    public Set<Warehouse> warehousesInCity(@RequestParam String city) { // expect: entity-in-response "`Warehouse`"
        return warehouses.findByCity(city).stream().collect(Collectors.toSet());
    }

    @GetMapping("/stock")
    public Iterable<StockItem> allStock() { // expect: entity-in-response "`StockItem`"
        return stock.findAll();
    }

    @GetMapping("/stock/low")
    public Collection<StockItem> lowStock(@RequestParam(defaultValue = "5") int below) { // expect: entity-in-response "`StockItem`"
        return stock.findByQuantityLessThan(below);
    }

    @GetMapping("/capacity")
    public int totalCapacity() {
        return warehouses.findAll().stream().mapToInt(Warehouse::getCapacity).sum();
    }
}
