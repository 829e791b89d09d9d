// Scheduled refresh of the exchange-rate cache: the latest table is fetched on the refresh
// executor, normalised and swapped into the cache.
package ignoredfutures.case05;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class CurrencyRateRefresher {

    private final ExchangeRatesClient ratesClient;
    private final RateCache cache;
    private final Executor refreshExecutor;

    public CurrencyRateRefresher(ExchangeRatesClient ratesClient, RateCache cache,
                                 @Qualifier("refreshExecutor") Executor refreshExecutor) {
        this.ratesClient = ratesClient;
        this.cache = cache;
        this.refreshExecutor = refreshExecutor;
    }

    @Scheduled(fixedDelayString = "${rates.refresh-ms:600000}", initialDelay = 5_000)
    public void refresh() {
        CompletableFuture.supplyAsync(ratesClient::fetchLatest, refreshExecutor) // dropped
                .thenApply(ExchangeRatesClient.RateTable::normalised)
                .thenAccept(cache::replace);
    }
}
