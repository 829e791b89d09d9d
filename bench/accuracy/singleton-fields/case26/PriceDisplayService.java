// Prices shown in the storefront, converted into the display currency chosen by the
// merchandising team.
package singletons.case26;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Service;

@Service
@Scope("singleton")
public class PriceDisplayService {

    private final CurrencyConverter converter;
    private String displayCurrency = "EUR"; // shared

    public PriceDisplayService(CurrencyConverter converter) {
        this.converter = converter;
    }

    public void setDisplayCurrency(String displayCurrency) {
        this.displayCurrency = Currency.getInstance(displayCurrency).getCurrencyCode();
    }

    public String getDisplayCurrency() {
        return displayCurrency;
    }

    public String display(BigDecimal amountEur, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(displayCurrency));
        return format.format(converter.fromEur(amountEur, displayCurrency));
    }

    public interface CurrencyConverter {
        BigDecimal fromEur(BigDecimal amount, String currency);
    }
}
