// Delivery estimate shown on the product page and in the cart.
package staticfields.case12;

import java.util.Date;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DeliveryEstimateController {

    private final DispatchCutoffService cutoff;

    public DeliveryEstimateController(DispatchCutoffService cutoff) {
        this.cutoff = cutoff;
    }

    @GetMapping("/api/delivery-estimate")
    public Map<String, Object> estimate() {
        var now = new Date();
        var sameDay = cutoff.sameDayDispatch(now);
        return Map.of("dispatchToday", sameDay, "businessDays", sameDay ? 1 : 2);
    }
}
