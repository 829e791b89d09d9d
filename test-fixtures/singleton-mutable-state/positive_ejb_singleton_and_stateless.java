// EJB session beans: a @Singleton with @Lock(READ) lets every caller in at once, and a pooled @Stateless bean hands one instance from client to client, so its fields carry one caller's data into another's call.
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

@Singleton
@Lock(LockType.READ)
class ExchangeRateCacheBean {

    private Map<String, BigDecimal> rates = new HashMap<>();  // expect: singleton-mutable-state "`rates`"
    private Instant loadedAt;  // expect: singleton-mutable-state "`loadedAt`"

    BigDecimal rate(String currency) {
        var rate = rates.get(currency);
        if (rate == null) {
            rate = BigDecimal.ONE;
            rates.put(currency, rate);
            loadedAt = Instant.now();
        }
        return rate;
    }
}

@Stateless
class CheckoutBean {

    private List<String> items = new ArrayList<>();  // expect: singleton-mutable-state "`items`"
    private String customer;  // expect: singleton-mutable-state "`customer`"

    void start(String customer) {
        this.customer = customer;
    }

    void addItem(String sku) {
        items.add(sku);
    }

    String placeOrder() {
        var order = customer + ": " + String.join(", ", items);
        items.clear();
        return order;
    }
}
