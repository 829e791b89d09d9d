// Exchange rates to EUR: loaded from the rates provider at startup and reloaded on
// demand from the back office.
package singletons.case12;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import jakarta.annotation.PostConstruct;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class ExchangeRateService {

    private final RestClient ratesClient;
    private Map<String, BigDecimal> ratesToEur = Map.of("EUR", BigDecimal.ONE); // shared

    public ExchangeRateService(RestClient.Builder builder, @Value("${rates.base-url}") String baseUrl) {
        this.ratesClient = builder.baseUrl(baseUrl).build();
    }

    @PostConstruct
    void loadOnStartup() {
        reloadRates();
    }

    public void refreshNow() {
        reloadRates();
    }

    private void reloadRates() {
        RatesResponse response = ratesClient.get()
                .uri("/latest?base=EUR")
                .retrieve()
                .body(RatesResponse.class);
        if (response != null && !response.rates().isEmpty()) {
            ratesToEur = Map.copyOf(response.rates());
        }
    }

    public BigDecimal toEur(BigDecimal amount, String currency) {
        BigDecimal rate = ratesToEur.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no rate for " + currency);
        }
        return amount.divide(rate, 2, RoundingMode.HALF_EVEN);
    }

    record RatesResponse(String base, Map<String, BigDecimal> rates) {
    }
}
