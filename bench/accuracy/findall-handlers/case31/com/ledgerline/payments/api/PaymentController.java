package com.ledgerline.payments.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
public class PaymentController {

    private final PaymentRepository paymentRepository;

    public PaymentController(PaymentRepository paymentRepository) {
        this.paymentRepository = paymentRepository;
    }

    public record PaymentDto(String reference, BigDecimal amount, String currency, OffsetDateTime receivedAt) {
        static PaymentDto from(Payment payment) {
            return new PaymentDto(payment.getReference(), payment.getAmount(), payment.getCurrency(), payment.getReceivedAt());
        }
    }

    @GetMapping("/unsettled")
    @Transactional(readOnly = true)
    public List<PaymentDto> unsettled() {
        try (Stream<Payment> payments = paymentRepository.streamBySettledFalse()) {
            return payments.map(PaymentDto::from).toList();
        }
    }
}
