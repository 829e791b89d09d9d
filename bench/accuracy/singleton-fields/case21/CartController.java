// Cart API of the web shop; the session-scoped cart is injected as a proxy.
package singletons.case21;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cart")
public class CartController {

    private final ShoppingCart cart;
    private final PriceLookup prices;

    public CartController(ShoppingCart cart, PriceLookup prices) {
        this.cart = cart;
        this.prices = prices;
    }

    @GetMapping
    public List<ShoppingCart.CartLine> lines() {
        return cart.lines();
    }

    @PostMapping("/lines")
    public ResponseEntity<Void> add(@RequestBody AddLine request) {
        cart.add(request.sku(), request.quantity(), prices.unitPriceCents(request.sku()));
        return ResponseEntity.accepted().build();
    }

    @DeleteMapping("/lines/{sku}")
    public ResponseEntity<Void> remove(@PathVariable String sku) {
        cart.remove(sku);
        return ResponseEntity.noContent().build();
    }

    public record AddLine(String sku, int quantity) {
    }

    public interface PriceLookup {
        long unitPriceCents(String sku);
    }
}
