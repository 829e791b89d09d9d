// A paging controller that compares primitive results of servlet and Spring Data APIs (getContentLength, Page.getTotalElements, Pageable.getPageSize, HttpStatusCode.value) with boxed values.
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderPageController {

    private static final Integer MAX_PAGE_SIZE = 100;

    private final PurchaseOrderRepository orders;

    OrderPageController(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/api/orders")
    public ResponseEntity<Page<PurchaseOrder>> list(@RequestParam(defaultValue = "0") Integer page,
                                                    @RequestParam(defaultValue = "20") Integer size,
                                                    @RequestParam(required = false) Long expectedTotal) {
        Pageable pageable = PageRequest.of(page, size);
        if (pageable.getPageSize() == MAX_PAGE_SIZE) {
            pageable = PageRequest.of(page, MAX_PAGE_SIZE - 1);
        }
        Page<PurchaseOrder> result = orders.findAll(pageable);
        if (expectedTotal != null && result.getTotalElements() != expectedTotal) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(result);
        }
        return ResponseEntity.ok(result);
    }

    @PostMapping("/api/orders/import")
    public ResponseEntity<Void> importOrders(HttpServletRequest request, @RequestParam Integer declaredLength) {
        if (request.getContentLength() != declaredLength) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.accepted().build();
    }

    boolean succeeded(ResponseEntity<?> response, Integer expectedStatus) {
        return response.getStatusCode().value() == expectedStatus;
    }
}
