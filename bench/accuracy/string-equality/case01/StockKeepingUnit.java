package streq.case01;

import java.util.Objects;

public final class StockKeepingUnit {

    private final String sku;
    private final String warehouse;
    private final int quantity;

    public StockKeepingUnit(String sku, String warehouse, int quantity) {
        this.sku = Objects.requireNonNull(sku);
        this.warehouse = Objects.requireNonNull(warehouse);
        this.quantity = quantity;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        StockKeepingUnit that = (StockKeepingUnit) o;
        return quantity == that.quantity && sku.equals(that.sku) && warehouse.equals(that.warehouse);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sku, warehouse, quantity);
    }
}
