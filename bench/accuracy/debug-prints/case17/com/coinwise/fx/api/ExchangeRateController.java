package com.coinwise.fx.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

@RestController
@RequestMapping("/api/fx")
public class ExchangeRateController {

    private static final System.Logger LOGGER = System.getLogger(ExchangeRateController.class.getName());

    private final RateProvider rates;

    public ExchangeRateController(RateProvider rates) {
        this.rates = rates;
    }

    @GetMapping("/rate")
    public RateResponse rate(@RequestParam String from, @RequestParam String to) {
        Currency base;
        Currency quote;
        try {
            base = Currency.getInstance(from.toUpperCase());
            quote = Currency.getInstance(to.toUpperCase());
        } catch (IllegalArgumentException e) {
            LOGGER.log(System.Logger.Level.DEBUG, "Rejected currency pair {0}/{1}", from, to);
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown currency", e);
        }
        long start = System.currentTimeMillis();
        try {
            BigDecimal rate = rates.latest(base, quote);
            LOGGER.log(System.Logger.Level.INFO, "Rate {0}->{1} = {2} ({3} ms)", base, quote, rate,
                    System.currentTimeMillis() - start);
            return new RateResponse(base.getCurrencyCode(), quote.getCurrencyCode(), rate, Instant.now());
        } catch (RateProvider.RateUnavailableException e) {
            LOGGER.log(System.Logger.Level.WARNING, "No rate for " + base + "/" + quote, e);
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Rate unavailable", e);
        }
    }

    public record RateResponse(String base, String quote, BigDecimal rate, Instant asOf) {
    }
}
