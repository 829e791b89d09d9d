package eval5.case46;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReplenishmentController {

    private final ReplenishmentService replenishmentService;

    public ReplenishmentController(ReplenishmentService replenishmentService) {
        this.replenishmentService = replenishmentService;
    }

    @GetMapping("/api/replenishment/below-reorder-point")
    public ResponseEntity<List<Object[]>> belowReorderPoint(
            @CookieValue(name = "selected_warehouse", required = false) String warehouse) {
        if (warehouse == null) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(replenishmentService.belowReorderPoint(warehouse));
    }
}
