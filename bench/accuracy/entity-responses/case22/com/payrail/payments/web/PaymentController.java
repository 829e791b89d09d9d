package com.payrail.payments.web;

import com.payrail.payments.domain.Payment;
import com.payrail.payments.domain.PaymentRepository;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping("/payments")
public class PaymentController {

    public record PaymentRequest(String payerIban, String payeeIban, BigDecimal amount, String currency,
                                 String cardToken) {
    }

    private final PaymentRepository payments;

    public PaymentController(PaymentRepository payments) {
        this.payments = payments;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Long submit(@RequestBody PaymentRequest request) {
        if (request.amount() == null || request.amount().signum() <= 0) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "amount must be positive");
        }
        Payment payment = Payment.pending(request.payerIban(), request.payeeIban(), request.amount(),
                request.currency(), request.cardToken());
        return payments.save(payment).getId();
    }

    @GetMapping("/{id}/status")
    public Map<String, Object> status(@PathVariable long id) {
        Payment payment = payments.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", payment.getId());
        body.put("state", payment.getState());
        body.put("amount", payment.getAmount());
        body.put("currency", payment.getCurrency());
        return body;
    }
}
