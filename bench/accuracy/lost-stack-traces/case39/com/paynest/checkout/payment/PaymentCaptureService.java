package com.paynest.checkout.payment;

import java.math.BigDecimal;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PaymentCaptureService {

    private static final Logger log = LoggerFactory.getLogger(PaymentCaptureService.class);

    private final PaymentGateway gateway;

    public PaymentCaptureService(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    @Transactional
    public CaptureResult capture(UUID orderId, String authorizationId, BigDecimal amount) {
        if (amount.signum() <= 0) {
            return CaptureResult.declined(orderId, "amount must be positive");
        }
        try {
            String captureId = gateway.capture(authorizationId, amount);
            log.info("Captured {} for order {} ({})", amount, orderId, captureId);
            return CaptureResult.captured(orderId, captureId);
        } catch (PaymentGateway.GatewayException e) {
            log.error("Capture failed for order {}: {}", orderId, e.getMessage());
            return CaptureResult.declined(orderId, e.getDeclineCode());
        }
    }
}
