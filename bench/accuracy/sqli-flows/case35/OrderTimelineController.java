package eval5.case35;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderTimelineController {

    private final OrderTimelineService timelineService;

    public OrderTimelineController(OrderTimelineService timelineService) {
        this.timelineService = timelineService;
    }

    @GetMapping("/api/orders/{orderId}/timeline")
    public ResponseEntity<List<OrderTimelineRepository.Event>> timeline(@PathVariable String orderId) {
        try {
            return ResponseEntity.ok(timelineService.timeline(orderId));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
    }
}
