// Order handlers returning derived queries with no Pageable or Limit (findByStatus, findAllByCustomerId) on a repository declared in another file.
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

record OrderLine(Long id, String status, String total) {

    static OrderLine of(PurchaseOrder order) {
        return new OrderLine(order.getId(), order.getStatus(), order.getTotal().toPlainString());
    }
}

@RestController
@RequestMapping("/api/orders")
class PurchaseOrderController {

    private final PurchaseOrderRepository purchaseOrderRepository;

    PurchaseOrderController(PurchaseOrderRepository purchaseOrderRepository) {
        this.purchaseOrderRepository = purchaseOrderRepository;
    }

    @GetMapping
    public List<PurchaseOrder> byStatus(@RequestParam(defaultValue = "OPEN") String status) {
        return purchaseOrderRepository.findByStatus(status.toUpperCase()); // expect: unbounded-find-all "`findByStatus`"
    }

    @GetMapping("/customer/{customerId}")
    public List<OrderLine> forCustomer(@PathVariable Long customerId) {
        return purchaseOrderRepository.findAllByCustomerId(customerId).stream().map(OrderLine::of).toList(); // expect: unbounded-find-all "`findAllByCustomerId`"
    }

    @GetMapping("/{id}")
    public OrderLine one(@PathVariable Long id) {
        return purchaseOrderRepository.findById(id).map(OrderLine::of).orElseThrow();
    }
}
