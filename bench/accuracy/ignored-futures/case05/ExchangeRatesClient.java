// Client of the central bank's daily reference rates, through the shared RestClient.
package ignoredfutures.case05;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class ExchangeRatesClient {

    private final RestClient ratesRestClient;

    public ExchangeRatesClient(RestClient ratesRestClient) {
        this.ratesRestClient = ratesRestClient;
    }

    public RateTable fetchLatest() {
        return ratesRestClient.get()
                .uri("/rates/latest?base=EUR")
                .retrieve()
                .body(RateTable.class);
    }

    public record RateTable(LocalDate date, String base, Map<String, BigDecimal> rates) {

        public RateTable normalised() {
            return new RateTable(date, base.toUpperCase(), rates.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(
                            e -> e.getKey().toUpperCase(),
                            e -> e.getValue().setScale(6, RoundingMode.HALF_EVEN))));
        }
    }
}
