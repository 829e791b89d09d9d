// In-memory exchange-rate table read by price conversions.
package ignoredfutures.case05;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

@Component
public class RateCache {

    private final AtomicReference<ExchangeRatesClient.RateTable> current = new AtomicReference<>();

    public void replace(ExchangeRatesClient.RateTable table) {
        current.set(table);
    }

    public Optional<BigDecimal> rate(String currency) {
        var table = current.get();
        return table == null ? Optional.empty() : Optional.ofNullable(table.rates().get(currency));
    }
}
