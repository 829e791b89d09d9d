// A method of this class that returns null for input it cannot parse, dereferenced by its caller without a check, is reported; one that returns null on a cache miss is not.
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

class ExchangeRateService {

    private final Map<String, BigDecimal> cachedRates = new HashMap<>();

    BigDecimal convert(BigDecimal amount, String currency) {
        BigDecimal rate = cachedRate(currency);
        return amount.multiply(rate.stripTrailingZeros());
    }

    int daysUntilSettlement(String valueDate) {
        LocalDate settlement = parseValueDate(valueDate);
        return settlement.getDayOfYear() - LocalDate.now().getDayOfYear();  // expect: null-dereference "parseValueDate("
    }

    private BigDecimal cachedRate(String currency) {
        if (!cachedRates.containsKey(currency)) {
            return null;
        }
        return cachedRates.get(currency);
    }

    private static LocalDate parseValueDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
