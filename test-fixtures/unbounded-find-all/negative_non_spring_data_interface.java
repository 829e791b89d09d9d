// A REST controller returning findAll() of a project interface that does not extend any Spring Data repository (an upstream rate feed behind an interface).
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record ExchangeRate(String base, String quote, BigDecimal rate, Instant asOf) {
}

interface ExchangeRateSource {

    List<ExchangeRate> findAll();

    URI origin();
}

@Component
class FixedExchangeRateSource implements ExchangeRateSource {

    @Override
    public List<ExchangeRate> findAll() {
        var now = Instant.now();
        return List.of(
                new ExchangeRate("EUR", "USD", new BigDecimal("1.0842"), now),
                new ExchangeRate("EUR", "GBP", new BigDecimal("0.8561"), now),
                new ExchangeRate("EUR", "CHF", new BigDecimal("0.9613"), now));
    }

    @Override
    public URI origin() {
        return URI.create("https://rates.internal.example/v1/latest");
    }
}

@RestController
@RequestMapping("/api/rates")
class ExchangeRateController {

    private final ExchangeRateSource rates;

    ExchangeRateController(ExchangeRateSource rates) {
        this.rates = rates;
    }

    @GetMapping
    public List<ExchangeRate> latest() {
        return rates.findAll();
    }

    @GetMapping("/usd")
    public List<ExchangeRate> usdOnly() {
        return rates.findAll().stream().filter(r -> r.quote().equals("USD")).toList();
    }
}
