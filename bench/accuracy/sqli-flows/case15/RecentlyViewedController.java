package eval5.case15;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecentlyViewedController {

    private final RecentlyViewedRepository repository;

    public RecentlyViewedController(RecentlyViewedRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/storefront/recently-viewed")
    public ResponseEntity<List<String>> recentlyViewed(
            @CookieValue(name = "visitor_id", required = false) String visitorId) {
        if (visitorId == null) {
            return ResponseEntity.ok(List.of());
        }
        return ResponseEntity.ok(repository.recentSkus(visitorId, 12));
    }
}
