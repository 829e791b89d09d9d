package nulls.case25;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class FulfillmentService {

    private static final Logger log = LoggerFactory.getLogger(FulfillmentService.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final Clock clock;

    public FulfillmentService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public void markShipped(long orderId, String trackingNumber) {
        CustomerOrder order = entityManager.find(CustomerOrder.class, orderId);
        order.setTrackingNumber(trackingNumber); // deref
        order.setStatus("SHIPPED");
        order.setShippedAt(clock.instant());
        log.info("order {} shipped with tracking number {}", orderId, trackingNumber);
    }
}
