package com.ledgerly.payments.refund;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

@Service
public class RefundService {

    private static final Logger log = LoggerFactory.getLogger(RefundService.class);

    private final PaymentGateway gateway;
    private final JdbcTemplate jdbcTemplate;

    public RefundService(PaymentGateway gateway, JdbcTemplate jdbcTemplate) {
        this.gateway = gateway;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional
    public RefundResult refund(String paymentId, BigDecimal amount, String reason) {
        log.debug("Refund requested for payment {} amount {}", paymentId, amount);
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Refund amount must be positive");
        }
        try {
            String confirmation = gateway.refund(paymentId, amount);
            jdbcTemplate.update(
                    "INSERT INTO refunds (payment_id, amount, reason, gateway_ref) VALUES (?, ?, ?, ?)",
                    paymentId, amount, reason, confirmation);
            log.info("Refunded {} on payment {} (ref {})", amount, paymentId, confirmation);
            return RefundResult.accepted(confirmation);
        } catch (PaymentGateway.GatewayException e) {
            log.error("Gateway rejected refund of {} for payment {}", amount, paymentId, e);
            return RefundResult.rejected(e.getCode());
        }
    }

    public String printableReference(RefundResult result) {
        return result.accepted() ? "REF-" + result.reference() : "DECLINED (" + result.declineCode() + ")";
    }
}
