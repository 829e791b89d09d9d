// Chains of then*/whenComplete dropped: supplyAsync(..).thenApply(..).thenAccept(..) over several lines, thenCompose, whenComplete on a future held in a local, and thenAccept on a future received as a parameter.
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

record Invoice(String number, BigDecimal total) {
}

record PaymentReceipt(String invoiceNumber, String transactionId) {
}

@Service
class InvoiceSettlementService {

    private static final Logger log = LoggerFactory.getLogger(InvoiceSettlementService.class);

    private final ExecutorService paymentsExecutor;

    InvoiceSettlementService(ExecutorService paymentsExecutor) {
        this.paymentsExecutor = paymentsExecutor;
    }

    void settle(Invoice invoice) {
        CompletableFuture.supplyAsync(() -> charge(invoice), paymentsExecutor) // expect: ignored-future "`thenAccept()`"
                .thenApply(receipt -> receipt.transactionId())
                .thenAccept(transactionId -> log.info("invoice {} settled by {}", invoice.number(), transactionId));
    }

    void settleAndArchive(Invoice invoice) {
        CompletableFuture.supplyAsync(() -> charge(invoice), paymentsExecutor).thenCompose(this::archive); // expect: ignored-future "`thenCompose()`"
    }

    void settleLogged(Invoice invoice) {
        var charging = CompletableFuture.supplyAsync(() -> charge(invoice), paymentsExecutor);
        charging.whenComplete((receipt, failure) -> { // expect: ignored-future "`whenComplete()`"
            if (failure == null) {
                log.info("charged {}", receipt.transactionId());
            }
        });
    }

    void notifyWhenPaid(CompletableFuture<PaymentReceipt> payment, String customerEmail) {
        payment.thenAccept(receipt -> log.info("mail {} about {}", customerEmail, receipt.invoiceNumber())); // expect: ignored-future "`thenAccept()`"
    }

    private PaymentReceipt charge(Invoice invoice) {
        if (invoice.total().signum() <= 0) {
            throw new IllegalArgumentException("nothing to charge on " + invoice.number());
        }
        return new PaymentReceipt(invoice.number(), "tx-" + invoice.number());
    }

    private CompletableFuture<Void> archive(PaymentReceipt receipt) {
        return CompletableFuture.runAsync(() -> log.info("archived {}", receipt.invoiceNumber()), paymentsExecutor);
    }
}
