package nulls.case35;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class InvoiceTotalsService {

    public record InvoiceLine(String description, BigDecimal amount) {
    }

    public record Totals(String currency, BigDecimal net) {
    }

    private final SettlementCurrencies settlementCurrencies;

    public InvoiceTotalsService(SettlementCurrencies settlementCurrencies) {
        this.settlementCurrencies = settlementCurrencies;
    }

    public Totals totals(String customerCountry, List<InvoiceLine> lines) {
        var currency = settlementCurrencies.forCountry(customerCountry);
        int digits = currency.getDefaultFractionDigits(); // deref
        BigDecimal net = lines.stream()
                .map(InvoiceLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(digits, RoundingMode.HALF_EVEN);
        return new Totals(currency.getCurrencyCode(), net);
    }
}
