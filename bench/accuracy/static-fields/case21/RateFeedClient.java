// Client of the treasury's exchange-rate feed.
package staticfields.case21;

import java.math.BigDecimal;

public interface RateFeedClient {

    BigDecimal fetch(String fromCurrency, String toCurrency);
}
