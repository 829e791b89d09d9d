// A quote aggregator that prints results and stack traces inside CompletableFuture callback lambdas.
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.stereotype.Service;

record CarrierQuote(String carrier, BigDecimal price) {
}

interface CarrierRateClient {
    CarrierQuote quote(String carrier, String fromZip, String toZip);
}

@Service
class ShippingQuoteAggregator {

    private final CarrierRateClient client;
    private final Executor executor;

    ShippingQuoteAggregator(CarrierRateClient client, Executor executor) {
        this.client = client;
        this.executor = executor;
    }

    List<CarrierQuote> quotes(String fromZip, String toZip) {
        var futures = List.of("dhl", "ups", "fedex").stream()
                .map(carrier -> CompletableFuture.supplyAsync(() -> client.quote(carrier, fromZip, toZip), executor)
                        .exceptionally(ex -> {
                            ex.printStackTrace(); // expect: debug-output "printStackTrace"
                            return new CarrierQuote(carrier, BigDecimal.valueOf(-1));
                        }))
                .toList();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenRun(() -> System.out.println("All " + futures.size() + " carrier quotes received")); // expect: debug-output "System.out"
        return futures.stream().map(CompletableFuture::join).filter(q -> q.price().signum() > 0).toList();
    }
}
