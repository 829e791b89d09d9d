// Session attributes and JSON map values typed Object, compared with typed ids (an Object may hold any type).
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class CheckoutSessionGuard {

    boolean ownsCart(HttpSession session, Long cartId) {
        Object attribute = session.getAttribute("cartId");
        return cartId.equals(attribute);
    }

    boolean matchesPayload(Map<String, Object> payload, UUID orderRef) {
        return Objects.equals(payload.get("orderRef"), orderRef);
    }

    boolean isKnownKey(Map<Object, Integer> counters, String key) {
        return counters.containsKey(key);
    }

    boolean listed(List<String> allowed, Map<String, Object> claims) {
        Object scope = claims.get("scope");
        return allowed.contains(scope);
    }
}
