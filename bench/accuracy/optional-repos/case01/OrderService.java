package opt.case01;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository orderRepository;

    public OrderService(OrderRepository orderRepository) {
        this.orderRepository = orderRepository;
    }

    @Transactional
    public Order cancel(Long orderId, String reason) {
        Order order = orderRepository.findById(orderId).get(); // get
        if ("SHIPPED".equals(order.getStatus())) {
            throw new IllegalStateException("Order " + orderId + " has already shipped");
        }
        order.setStatus("CANCELLED");
        log.info("Cancelled order {}: {}", orderId, reason);
        return orderRepository.save(order);
    }
}
