package com.shopwave.orders;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderCancellationService {

    private static final Logger log = LoggerFactory.getLogger(OrderCancellationService.class);

    @PersistenceContext
    private EntityManager em;

    private final Clock clock;

    public OrderCancellationService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Order cancel(Long orderId, String customerEmail) {
        Order order = em.find(Order.class, orderId);
        if (order == null) {
            throw new EntityNotFoundException("Order " + orderId + " not found");
        }
        Customer customer = em.createQuery(
                        "select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", customerEmail)
                .getSingleResult();

        if (order.getCustomerId() != customer.getId()) {
            log.warn("Customer {} tried to cancel order {} of another customer", customer.getId(), orderId);
            throw new IllegalStateException("Order " + orderId + " does not belong to the caller");
        }
        if (!"PLACED".equals(order.getStatus())) {
            throw new IllegalStateException("Order " + orderId + " can no longer be cancelled");
        }
        order.setStatus("CANCELLED");
        order.setCancelledAt(Instant.now(clock));
        return order;
    }
}
