// @Async methods of the scanned sources (called as statements from positive_async_methods_called_as_statements.java): void ones called as statements, and those returning CompletableFuture or Future joined, returned, collected for allOf, or read with get.
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
class MailDispatchService {

    private static final Logger log = LoggerFactory.getLogger(MailDispatchService.class);

    @Async
    void sendWelcome(String email) {
        log.info("welcome mail to {}", email);
    }

    @Async
    CompletableFuture<String> sendReceipt(long orderId, String email) {
        String messageId = "receipt-" + orderId;
        log.info("receipt {} to {}", messageId, email);
        return CompletableFuture.completedFuture(messageId);
    }

    @Async("reportExecutor")
    Future<byte[]> renderInvoicePdf(long orderId) {
        byte[] pdf = ("%PDF invoice " + orderId).getBytes();
        return CompletableFuture.completedFuture(pdf);
    }
}

@Async
@Service
class WarehouseSyncService {

    CompletableFuture<Integer> syncStock(String warehouse) {
        return CompletableFuture.completedFuture(warehouse.length());
    }

    void ping(String warehouse) {
        LoggerFactory.getLogger(WarehouseSyncService.class).debug("ping {}", warehouse);
    }
}

@Service
class CustomerOnboardingService {

    private final MailDispatchService mail;
    private final WarehouseSyncService warehouses;

    CustomerOnboardingService(MailDispatchService mail, WarehouseSyncService warehouses) {
        this.mail = mail;
        this.warehouses = warehouses;
    }

    void register(String email) {
        mail.sendWelcome(email);
        warehouses.ping("central");
    }

    String confirmOrder(long orderId, String email) {
        var receipt = mail.sendReceipt(orderId, email);
        return receipt.join();
    }

    CompletableFuture<String> confirmLater(long orderId, String email) {
        return mail.sendReceipt(orderId, email);
    }

    int syncAll(List<String> warehouseNames) {
        List<CompletableFuture<Integer>> syncs = warehouseNames.stream().map(warehouses::syncStock).toList();
        CompletableFuture.allOf(syncs.toArray(CompletableFuture[]::new)).join();
        return syncs.stream().mapToInt(CompletableFuture::join).sum();
    }

    byte[] invoice(long orderId) throws InterruptedException, ExecutionException, TimeoutException {
        return mail.renderInvoicePdf(orderId).get(30, TimeUnit.SECONDS);
    }
}
