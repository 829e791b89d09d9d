package nulls.case06;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderLifecycleService {

    private static final Logger audit = LoggerFactory.getLogger("audit.orders");

    private final PurchaseOrderRepository orderRepository;

    public OrderLifecycleService(PurchaseOrderRepository orderRepository) {
        this.orderRepository = orderRepository;
    }

    @Transactional
    public void cancel(long orderId, String reason) {
        PurchaseOrder order = orderRepository.getReferenceById(orderId);
        order.setStatus(PurchaseOrder.Status.CANCELLED);
        order.setCancellationReason(reason);
        audit.info("order {} cancelled: {}", orderId, reason);
    }

    @Transactional
    public void attachInvoice(long orderId, String invoiceNumber) {
        orderRepository.getById(orderId).setInvoiceNumber(invoiceNumber);
    }

    @Transactional(readOnly = true)
    public Optional<Long> idForReference(String externalReference) {
        PurchaseOrder order = orderRepository.findByExternalReference(externalReference);
        return order == null ? Optional.empty() : Optional.of(order.getId());
    }
}
