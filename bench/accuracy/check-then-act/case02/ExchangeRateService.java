// Exchange rates for invoice conversion, fetched from the treasury API once per currency pair
// and business day and kept in memory until the nightly eviction.
package checkthenact.case02;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class ExchangeRateService {

    private final ConcurrentHashMap<RateKey, BigDecimal> rates = new ConcurrentHashMap<>();
    private final RestClient treasury;
    private final Clock clock;

    public ExchangeRateService(RestClient.Builder builder,
                               @Value("${treasury.base-url}") String baseUrl,
                               Clock clock) {
        this.treasury = builder.baseUrl(baseUrl).build();
        this.clock = clock;
    }

    public BigDecimal rate(String from, String to) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        var key = new RateKey(from, to, LocalDate.now(clock));
        if (!rates.containsKey(key)) { // race
            var quote = treasury.get()
                    .uri("/rates/{from}/{to}?date={date}", from, to, key.day())
                    .retrieve()
                    .body(RateQuote.class);
            rates.put(key, quote.rate());
        }
        return rates.get(key);
    }

    public BigDecimal convert(BigDecimal amount, String from, String to) {
        return amount.multiply(rate(from, to)).setScale(2, RoundingMode.HALF_EVEN);
    }

    @Scheduled(cron = "0 5 0 * * *")
    public void evictPreviousDays() {
        var today = LocalDate.now(clock);
        rates.keySet().removeIf(k -> k.day().isBefore(today));
    }

    record RateKey(String from, String to, LocalDate day) {
    }
}
