// A Spring Data repository and an order cancellation service that reports progress and failures with SLF4J instead of printing.
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {
    List<CustomerOrder> findByCustomerIdAndStatus(long customerId, String status);
}

@Service
class OrderCancellationService {

    private static final Logger logger = LoggerFactory.getLogger(OrderCancellationService.class);

    private final CustomerOrderRepository orders;

    OrderCancellationService(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    @Transactional
    int cancelOpenOrders(long customerId) {
        List<CustomerOrder> open = orders.findByCustomerIdAndStatus(customerId, "NEW");
        logger.info("Cancelling {} open orders of customer {}", open.size(), customerId);
        int cancelled = 0;
        for (CustomerOrder order : open) {
            try {
                order.cancel();
                cancelled++;
            } catch (IllegalStateException e) {
                logger.error("Could not cancel order {}", order.getId(), e);
            }
        }
        logger.debug("Cancelled {} of {}", cancelled, open.size());
        return cancelled;
    }
}
