// Spring Data findById(..).get() with no check, directly in a controller and in a service method chained further.
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.CrudRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Entity
class Warehouse {
    @Id
    Long id;
    String name;

    String getName() {
        return name;
    }
}

@Entity
class StockMovement {
    @Id
    Long id;
    int quantity;

    int getQuantity() {
        return quantity;
    }
}

interface WarehouseRepository extends JpaRepository<Warehouse, Long> {
}

interface StockMovementRepository extends CrudRepository<StockMovement, Long> {
}

@RestController
class WarehouseController {

    private final WarehouseRepository warehouses;
    private final StockMovementRepository movements;

    WarehouseController(WarehouseRepository warehouses, StockMovementRepository movements) {
        this.warehouses = warehouses;
        this.movements = movements;
    }

    @GetMapping("/warehouses/{id}/name")
    String name(@PathVariable long id) {
        return warehouses.findById(id).get().getName();  // expect: optional-get-unchecked "findById("
    }

    @GetMapping("/movements/{id}/quantity")
    int quantity(@PathVariable long id) {
        StockMovement movement = movements.findById(id).get();  // expect: optional-get-unchecked "findById("
        return movement.getQuantity();
    }
}
