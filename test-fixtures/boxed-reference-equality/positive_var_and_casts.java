// A session-backed cart service that compares var locals inferred as Long and session attributes cast to Long/Integer with ==.
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class CartSessionService {

    public boolean cartBelongsTo(HttpSession session, Long customerId) {
        Long owner = (Long) session.getAttribute("cartOwnerId");
        return owner == customerId; // expect: boxed-reference-equality "`owner`"
    }

    public boolean sameRevision(HttpSession session, Integer clientRevision) {
        return (Integer) session.getAttribute("cartRevision") == clientRevision; // expect: boxed-reference-equality "(Integer) session.getAttribute("
    }

    public boolean sameCart(Long cartId, String rawCartId) {
        var parsed = Long.valueOf(rawCartId);
        return parsed == cartId; // expect: boxed-reference-equality "`parsed`"
    }

    public boolean full(List<Long> cartItemIds, Integer maxItems) {
        var count = cartItemIds.size();
        return count == maxItems;
    }
}
