// Fields declared as plain Map or Set and assigned a concurrent instance in the constructor (new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet(), Collections.synchronizedMap(..)), then checked and written in request methods.
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class CartService {

    private static final Logger log = LoggerFactory.getLogger(CartService.class);

    record Cart(String id, String customerId, Instant createdAt) {
    }

    private final Map<String, Cart> cartsByCustomer;
    private final Set<String> abandonedNotified;
    private final int maxCarts;

    CartService(@Value("${carts.max:10000}") int maxCarts) {
        this.maxCarts = maxCarts;
        this.cartsByCustomer = new ConcurrentHashMap<>();
        abandonedNotified = ConcurrentHashMap.newKeySet();
    }

    Cart cartFor(String customerId) {
        if (!cartsByCustomer.containsKey(customerId)) { // expect: check-then-act "`cartsByCustomer`"
            if (cartsByCustomer.size() >= maxCarts) {
                throw new IllegalStateException("too many open carts");
            }
            cartsByCustomer.put(customerId, new Cart(java.util.UUID.randomUUID().toString(), customerId, Instant.now()));
        }
        return cartsByCustomer.get(customerId);
    }

    void notifyAbandoned(String cartId) {
        if (abandonedNotified.contains(cartId)) return; // expect: check-then-act "`abandonedNotified`"
        abandonedNotified.add(cartId);
        log.info("abandoned cart mail queued for {}", cartId);
    }
}

@Service
class ApiClientCredentials {

    record Credential(String clientId, String secretHash) {
    }

    private final Map<String, Credential> byClientId;

    ApiClientCredentials() {
        byClientId = Collections.synchronizedMap(new HashMap<>());
    }

    void register(String clientId, String secretHash) {
        if (byClientId.get(clientId) == null) { // expect: check-then-act "`byClientId`"
            byClientId.put(clientId, new Credential(clientId, secretHash));
        }
    }
}
