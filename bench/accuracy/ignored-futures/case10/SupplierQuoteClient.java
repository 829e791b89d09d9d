// One supplier's quoting API; every supplier integration is a bean implementing it.
package ignoredfutures.case10;

import java.math.BigDecimal;

public interface SupplierQuoteClient {

    String name();

    Quote quote(String sku, int quantity);

    record Quote(String supplier, BigDecimal unitPrice, int leadTimeDays, boolean available) {

        public static Quote unavailable(String supplier) {
            return new Quote(supplier, BigDecimal.ZERO, -1, false);
        }
    }
}
