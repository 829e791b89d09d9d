// CompletableFuture results that are used: assigned then joined, passed to allOf(..).join(), returned (also from a switch expression), a chain ending in join(), complete/completeExceptionally on a future we own, and InventoryClient.reserve (dropped in positive_scanned_methods_returning_futures.java) awaited here.
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

record Reservation(String sku, int quantity, boolean confirmed) {
}

enum FulfilmentMode { IN_STORE, WAREHOUSE, DROP_SHIP }

@Component
class InventoryClient {

    private final Executor inventoryExecutor;

    InventoryClient(Executor inventoryExecutor) {
        this.inventoryExecutor = inventoryExecutor;
    }

    CompletableFuture<Reservation> reserve(String sku, int quantity) {
        return CompletableFuture.supplyAsync(() -> new Reservation(sku, quantity, quantity > 0), inventoryExecutor);
    }
}

@Service
class FulfilmentPlanner {

    private final InventoryClient inventory;
    private final Executor plannerExecutor;

    FulfilmentPlanner(InventoryClient inventory, Executor plannerExecutor) {
        this.inventory = inventory;
        this.plannerExecutor = plannerExecutor;
    }

    boolean reserveAll(List<String> skus) {
        List<CompletableFuture<Reservation>> reservations = skus.stream().map(sku -> inventory.reserve(sku, 1)).toList();
        CompletableFuture.allOf(reservations.toArray(new CompletableFuture<?>[0])).join();
        return reservations.stream().map(CompletableFuture::join).allMatch(Reservation::confirmed);
    }

    Reservation reserveOne(String sku, int quantity) {
        var pending = inventory.reserve(sku, quantity);
        var eta = CompletableFuture.supplyAsync(() -> estimateDays(sku), plannerExecutor);
        int days = eta.join();
        return days > 30 ? new Reservation(sku, quantity, false) : pending.join();
    }

    CompletableFuture<Reservation> plan(String sku, FulfilmentMode mode) {
        return switch (mode) {
            case IN_STORE -> inventory.reserve(sku, 1);
            case WAREHOUSE -> CompletableFuture.supplyAsync(() -> new Reservation(sku, 1, true), plannerExecutor);
            case DROP_SHIP -> inventory.reserve(sku, 1).thenApply(r -> new Reservation(r.sku(), r.quantity(), false));
        };
    }

    void restock(String sku) {
        CompletableFuture.runAsync(() -> estimateDays(sku), plannerExecutor)
                .thenRun(() -> inventory.reserve(sku, 0).join())
                .join();
    }

    CompletableFuture<Reservation> manualReservation(String sku, boolean approved) {
        var decision = new CompletableFuture<Reservation>();
        if (approved) {
            decision.complete(new Reservation(sku, 1, true));
        } else {
            decision.completeExceptionally(new IllegalStateException("reservation of " + sku + " rejected"));
        }
        return decision;
    }

    private int estimateDays(String sku) {
        return sku.length();
    }
}
