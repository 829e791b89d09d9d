package com.payflux.payments;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PaymentAllocationService {

    private final EntityManager em;

    public PaymentAllocationService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void allocate(Long invoiceId, List<Long> paymentIds) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        for (Long paymentId : paymentIds) {
            Payment payment = em.find(Payment.class, paymentId);
            if (payment == null || payment.isApplied()) {
                continue;
            }
            if (payment.getInvoice() != invoice) {
                throw new IllegalArgumentException("Payment " + paymentId + " belongs to another invoice");
            }
            invoice.addPayment(payment.getAmount());
            payment.markApplied();
        }
    }
}
