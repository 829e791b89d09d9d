// @Controller classes that return findAll() as the body: one with class-level @ResponseBody, one with @ResponseBody on the method next to a view-rendering method.
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Entity
@Table(name = "warehouses")
class Warehouse {

    @Id
    @GeneratedValue
    private Long id;

    private String code;

    private String region;

    private int capacity;

    protected Warehouse() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getRegion() {
        return region;
    }

    public int getCapacity() {
        return capacity;
    }
}

interface WarehouseRepository extends JpaRepository<Warehouse, Long> {

    List<Warehouse> findByRegion(String region);
}

@Controller
@ResponseBody
@RequestMapping("/api/warehouses")
class WarehouseApiController {

    private final WarehouseRepository warehouseRepository;

    WarehouseApiController(WarehouseRepository warehouseRepository) {
        this.warehouseRepository = warehouseRepository;
    }

    @GetMapping
    public List<Warehouse> all() {
        return warehouseRepository.findAll(); // expect: unbounded-find-all "`findAll`"
    }
}

@Controller
@RequestMapping("/warehouses")
class WarehousePageController {

    private final WarehouseRepository warehouseRepository;

    WarehousePageController(WarehouseRepository warehouseRepository) {
        this.warehouseRepository = warehouseRepository;
    }

    @GetMapping
    public String page(Model model) {
        model.addAttribute("warehouses", warehouseRepository.findAll());
        return "warehouses/index";
    }

    @GetMapping("/by-region")
    @ResponseBody
    public List<Warehouse> byRegion(@RequestParam String region) {
        return warehouseRepository.findByRegion(region); // expect: unbounded-find-all "`findByRegion`"
    }
}
