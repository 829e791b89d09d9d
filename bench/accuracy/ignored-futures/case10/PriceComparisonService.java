// Asks every supplier for a quote in parallel, waits for all of them (a slow supplier counts
// as unavailable after two seconds) and picks the cheapest.
package ignoredfutures.case10;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

@Service
public class PriceComparisonService {

    private final List<SupplierQuoteClient> suppliers;
    private final ExecutorService quotePool;

    public PriceComparisonService(List<SupplierQuoteClient> suppliers,
                                  @Qualifier("quotePool") ExecutorService quotePool) {
        this.suppliers = suppliers;
        this.quotePool = quotePool;
    }

    public Optional<SupplierQuoteClient.Quote> cheapest(String sku, int quantity) {
        List<CompletableFuture<SupplierQuoteClient.Quote>> quotes = suppliers.stream()
                .map(supplier -> CompletableFuture.supplyAsync(() -> supplier.quote(sku, quantity), quotePool)
                        .completeOnTimeout(SupplierQuoteClient.Quote.unavailable(supplier.name()), 2, TimeUnit.SECONDS)
                        .exceptionally(ex -> SupplierQuoteClient.Quote.unavailable(supplier.name())))
                .toList();
        CompletableFuture.allOf(quotes.toArray(CompletableFuture[]::new)).join();
        return quotes.stream()
                .map(CompletableFuture::join)
                .filter(SupplierQuoteClient.Quote::available)
                .min(Comparator.comparing(SupplierQuoteClient.Quote::unitPrice));
    }
}
