// Read-only order endpoints, with a lookup counter shown on the stats endpoint.
package staticfields.case02;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderQueryController {

    private static final Logger log = LoggerFactory.getLogger(OrderQueryController.class);
    private static final int MAX_PAGE_SIZE = 200;
    private static long lookupCount; // static

    private final OrderLookupService lookupService;

    public OrderQueryController(OrderLookupService lookupService) {
        this.lookupService = lookupService;
    }

    @GetMapping("/{id}")
    public ResponseEntity<OrderLookupService.OrderView> byId(@PathVariable long id) {
        lookupCount++;
        return lookupService.find(id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping
    public List<OrderLookupService.OrderView> page(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var bounded = Math.min(size, MAX_PAGE_SIZE);
        log.debug("order page {} of size {}", page, bounded);
        return lookupService.page(page, bounded);
    }

    @GetMapping("/stats")
    public Map<String, Long> stats() {
        return Map.of("lookups", lookupCount);
    }
}
