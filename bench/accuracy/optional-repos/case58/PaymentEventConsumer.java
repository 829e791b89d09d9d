package opt.case58;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class PaymentEventConsumer {

    private static final Logger log = LoggerFactory.getLogger(PaymentEventConsumer.class);

    private final PaymentRepository paymentRepository;

    public PaymentEventConsumer(PaymentRepository paymentRepository) {
        this.paymentRepository = paymentRepository;
    }

    @KafkaListener(topics = "payment-events", groupId = "payments")
    @Transactional
    public void onEvent(PaymentEvent event, Acknowledgment ack) {
        Optional<Payment> payment = paymentRepository.findById(event.reference());
        if (payment.isEmpty()) {
            log.warn("Event {} for unknown payment {}", event.type(), event.reference());
            ack.acknowledge();
            return;
        }
        try {
            switch (event.type()) {
                case "capture" -> payment.get().setState(Payment.State.CAPTURED);
                case "refund" -> payment.get().setState(Payment.State.REFUNDED);
                case "failure" -> payment.get().setState(Payment.State.FAILED);
                default -> log.debug("Ignoring {} for {}", event.type(), payment.get().getProviderReference());
            }
            ack.acknowledge();
        } catch (RuntimeException e) {
            log.error("Could not apply {} to {}", event.type(), payment.get().getProviderReference(), e);
            throw e;
        }
    }

    public record PaymentEvent(String reference, String type) {
    }
}
