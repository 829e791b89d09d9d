package com.ledgerline.quotes;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.ledgerline.money.Money;

@RestController
public class PriceQuoteController {

    @PostMapping("/api/quotes/total")
    public Money total(@RequestBody List<QuoteLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("at least one line is required");
        }
        Money total = Money.of(lines.get(0).amount(), lines.get(0).currency());
        for (QuoteLine line : lines.subList(1, lines.size())) {
            total = total.plus(Money.of(line.amount(), line.currency()));
        }
        return total;
    }

    public record QuoteLine(String description, String amount, String currency) {
    }
}
