package eval5.case58;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderSearchController {

    private final OrderDao orderDao;

    public OrderSearchController(OrderDao orderDao) {
        this.orderDao = orderDao;
    }

    @GetMapping("/open")
    public List<OrderDao.OrderRow> openOrders(@RequestParam(required = false) String customer) {
        OrderDao.Query query = orderDao.query().status("OPEN");
        if (customer != null && !customer.isBlank()) {
            query = query.customer(customer.trim());
        }
        return query.list();
    }
}
