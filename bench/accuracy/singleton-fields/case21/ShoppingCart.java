// Shopping cart of the web shop: lines, coupon and last change of one visitor.
package singletons.case21;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

@Component
@SessionScope
public class ShoppingCart implements Serializable {

    private final List<CartLine> lines = new ArrayList<>();
    private String couponCode;
    private Instant lastModified = Instant.now();

    public void add(String sku, int quantity, long unitPriceCents) {
        lines.removeIf(line -> line.sku().equals(sku));
        lines.add(new CartLine(sku, quantity, unitPriceCents));
        lastModified = Instant.now();
    }

    public void remove(String sku) {
        lines.removeIf(line -> line.sku().equals(sku));
        lastModified = Instant.now();
    }

    public void applyCoupon(String code) {
        couponCode = code == null ? null : code.strip().toUpperCase();
        lastModified = Instant.now();
    }

    public void clear() {
        lines.clear();
        couponCode = null;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public String couponCode() {
        return couponCode;
    }

    public long totalCents() {
        return lines.stream().mapToLong(line -> line.quantity() * line.unitPriceCents()).sum();
    }

    public record CartLine(String sku, int quantity, long unitPriceCents) implements Serializable {
    }
}
