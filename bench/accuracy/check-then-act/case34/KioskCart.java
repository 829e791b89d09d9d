// A kiosk cart: its id and the items added so far.
package checkthenact.case34;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

public class KioskCart {

    public record Item(String sku, int quantity) {
    }

    private final UUID id;
    private final List<Item> items = new CopyOnWriteArrayList<>();

    public KioskCart(UUID id) {
        this.id = id;
    }

    public void add(Item item) {
        items.add(item);
    }

    public UUID getId() { return id; }
    public List<Item> getItems() { return List.copyOf(items); }
}
