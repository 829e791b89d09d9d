// CompletableFuture.supplyAsync and runAsync started and dropped: with and without an executor, in a @PostConstruct cache warm-up, in an @EventListener, and in a servlet's doPost.
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import jakarta.annotation.PostConstruct;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

record PriceList(String currency, Map<String, Long> pricesInCents) {
}

record OrderPlacedEvent(long orderId, String customerEmail) {
}

@Component
class PriceCatalogue {

    private final Map<String, PriceList> byCurrency = new ConcurrentHashMap<>();
    private final Executor ioExecutor;

    PriceCatalogue(Executor ioExecutor) {
        this.ioExecutor = ioExecutor;
    }

    @PostConstruct
    void warmUp() {
        for (String currency : List.of("EUR", "USD", "GBP")) {
            CompletableFuture.supplyAsync(() -> load(currency), ioExecutor); // expect: ignored-future "`supplyAsync()`"
        }
        CompletableFuture.runAsync(this::loadPromotions); // expect: ignored-future "`runAsync()`"
    }

    @EventListener
    void onOrderPlaced(OrderPlacedEvent event) {
        CompletableFuture.runAsync(() -> sendConfirmation(event.customerEmail(), event.orderId()), ioExecutor); // expect: ignored-future "`runAsync()`"
    }

    private PriceList load(String currency) {
        var prices = new PriceList(currency, Map.of("SKU-1", 1999L));
        byCurrency.put(currency, prices);
        return prices;
    }

    private void loadPromotions() {
        byCurrency.computeIfAbsent("PROMO", c -> new PriceList(c, Map.of()));
    }

    private void sendConfirmation(String email, long orderId) {
        if (email == null || email.isBlank()) {
            throw new IllegalStateException("no e-mail for order " + orderId);
        }
    }
}

class ExportServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String exportId = request.getParameter("exportId");
        CompletableFuture.supplyAsync(() -> { // expect: ignored-future "`supplyAsync()`"
            byte[] export = renderExport(exportId);
            getServletContext().log("export " + exportId + " rendered, " + export.length + " bytes");
            return export;
        });
        response.setStatus(HttpServletResponse.SC_ACCEPTED);
        response.getWriter().write("{\"exportId\":\"" + exportId + "\"}");
    }

    private byte[] renderExport(String exportId) {
        return exportId.getBytes();
    }
}
