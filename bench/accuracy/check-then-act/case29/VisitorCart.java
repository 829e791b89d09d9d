// The cart of one anonymous visitor; changed only through the cart store, under its lock.
package checkthenact.case29;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class VisitorCart {

    public record Line(String sku, int quantity) {
    }

    private final String visitorId;
    private final List<Line> lines = new ArrayList<>();
    private Instant lastChange;

    VisitorCart(String visitorId, Instant createdAt) {
        this.visitorId = visitorId;
        this.lastChange = createdAt;
    }

    void add(String sku, int quantity, Instant at) {
        lines.add(new Line(sku, quantity));
        lastChange = at;
    }

    List<Line> snapshot() {
        return List.copyOf(lines);
    }

    public String visitorId() { return visitorId; }
    public Instant lastChange() { return lastChange; }
}
