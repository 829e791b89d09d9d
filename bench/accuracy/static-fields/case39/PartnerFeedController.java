// Order feed polled by a reseller, filtered by the partner's "since" timestamp.
package staticfields.case39;

import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class PartnerFeedController {

    private final PartnerOrders orders;

    public PartnerFeedController(PartnerOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/partner/v1/orders")
    public List<Map<String, String>> feed(@RequestParam String partnerId, @RequestParam String since) {
        Date from;
        try {
            from = PartnerDateFormats.parse(since);
        } catch (ParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "since must look like 2024-01-31T10:00:00.000+0000");
        }
        return orders.placedSince(partnerId, from).stream()
                .map(o -> Map.of("orderId", o.orderId(), "placedAt", PartnerDateFormats.format(o.placedAt())))
                .toList();
    }

    public interface PartnerOrders {
        List<PartnerOrder> placedSince(String partnerId, Date since);

        record PartnerOrder(String orderId, Date placedAt) {
        }
    }
}
