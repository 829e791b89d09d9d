package nulls.case35;

import java.util.Currency;
import java.util.Map;

import org.springframework.stereotype.Component;

@Component
public class SettlementCurrencies {

    private static final Map<String, String> BY_COUNTRY = Map.of(
            "DE", "EUR",
            "FR", "EUR",
            "NL", "EUR",
            "GB", "GBP",
            "CH", "CHF",
            "US", "USD");

    public Currency forCountry(String countryCode) {
        String code = BY_COUNTRY.get(countryCode);
        if (code == null) {
            return null;
        }
        return Currency.getInstance(code);
    }
}
