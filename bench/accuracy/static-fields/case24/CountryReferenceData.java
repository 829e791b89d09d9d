// Country and currency reference data, built once on first use through a holder class.
package staticfields.case24;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class CountryReferenceData {

    private final Map<String, String> currencyByCountry;
    private final Set<String> euMembers;

    private CountryReferenceData() {
        var currencies = new HashMap<String, String>();
        for (var locale : Locale.getAvailableLocales()) {
            if (locale.getCountry().length() != 2) {
                continue;
            }
            try {
                var currency = Currency.getInstance(locale);
                if (currency != null) {
                    currencies.putIfAbsent(locale.getCountry(), currency.getCurrencyCode());
                }
            } catch (IllegalArgumentException ignored) {
                // a region without an ISO currency
            }
        }
        this.currencyByCountry = Map.copyOf(currencies);
        this.euMembers = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
                "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    }

    private static final class Holder {
        static final CountryReferenceData INSTANCE = new CountryReferenceData();
    }

    public static CountryReferenceData get() {
        return Holder.INSTANCE;
    }

    public Optional<String> currencyOf(String countryCode) {
        return Optional.ofNullable(currencyByCountry.get(countryCode));
    }

    public boolean inEu(String countryCode) {
        return euMembers.contains(countryCode);
    }
}
