// Request values passed from a controller to a constructor-injected service that runs SQL itself or hands them on to the @Autowired XfOrderDao of positive_callee_sinks_across_files_dao.java.
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/xf/orders")
class XfOrderController {

    private final XfOrderService orderService;

    XfOrderController(XfOrderService orderService) {
        this.orderService = orderService;
    }

    @GetMapping
    List<Map<String, Object>> byStatus(@RequestParam String status) {
        return orderService.ordersInStatus(status);
    }

    @GetMapping("/customers/{customerId}")
    List<Map<String, Object>> forCustomer(@PathVariable String customerId) {
        return orderService.ordersOfCustomer(customerId);
    }

    @GetMapping("/by-coupon")
    List<Map<String, Object>> byCoupon(@RequestParam("code") String couponCode) {
        return orderService.ordersWithCoupon(couponCode);
    }

    @GetMapping("/by-reference")
    List<Map<String, Object>> byReference(@RequestHeader("X-Order-Reference") String reference) {
        return orderService.ordersWithReference(reference);
    }

    @PostMapping("/archive")
    int archive(@RequestHeader("X-Region") String region) {
        return orderService.archiveRegion(region);
    }

    @GetMapping("/coupons/{code}/uses")
    int couponUses(@PathVariable("code") String code) {
        return orderService.couponUses(code);
    }

    @GetMapping("/count")
    long count(@RequestHeader("X-Tenant") String tenant) {
        return orderService.countForTenant(tenant);
    }
}

@Service
class XfOrderService {

    @Autowired
    private XfOrderDao orderDao;

    @Autowired
    private JdbcTemplate jdbcTemplate;

    List<Map<String, Object>> ordersInStatus(String status) {
        String normalized = status.trim().toUpperCase(Locale.ROOT);
        return orderDao.findByStatus(normalized);
    }

    List<Map<String, Object>> ordersOfCustomer(String customerId) {
        return orderDao.findByCustomer(customerId);
    }

    List<Map<String, Object>> ordersWithCoupon(String couponCode) {
        return orderDao.findByCoupon(couponCode.strip());
    }

    List<Map<String, Object>> ordersWithReference(String reference) {
        return orderDao.findByReference(reference);
    }

    int archiveRegion(String region) {
        return orderDao.archiveRegion(region);
    }

    int couponUses(String code) {
        return orderDao.countCouponUses(code);
    }

    long countForTenant(String tenant) {
        Long count = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM " + tenant + ".orders", Long.class);  // expect: sql-injection
        return count == null ? 0L : count;
    }
}
