// @Async methods of the scanned sources declared in negative_async_methods_awaited_or_void.java, returning CompletableFuture or Future (one through a class-level @Async), called as statements.
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CheckoutController {

    private final MailDispatchService mailDispatch;

    CheckoutController(MailDispatchService mailDispatch) {
        this.mailDispatch = mailDispatch;
    }

    @PostMapping("/orders/{orderId}/confirm")
    String confirm(@PathVariable long orderId, @RequestParam String email) {
        mailDispatch.sendWelcome(email);
        mailDispatch.sendReceipt(orderId, email); // expect: ignored-future "`sendReceipt()`"
        mailDispatch.renderInvoicePdf(orderId); // expect: ignored-future "`renderInvoicePdf()`"
        return "confirmed";
    }
}

@Component
class NightlyStockSync {

    private final WarehouseSyncService warehouseSync;
    private final List<String> warehouses = List.of("north", "south", "east");

    NightlyStockSync(WarehouseSyncService warehouseSync) {
        this.warehouseSync = warehouseSync;
    }

    @Scheduled(cron = "0 0 2 * * *")
    void syncEveryWarehouse() {
        for (String warehouse : warehouses) {
            warehouseSync.syncStock(warehouse); // expect: ignored-future "`syncStock()`"
        }
    }
}
