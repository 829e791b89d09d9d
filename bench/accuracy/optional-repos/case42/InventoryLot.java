package opt.case42;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class InventoryLot {

    @Id
    private String lotNumber;

    private String sku;

    private int quantity;

    public String getLotNumber() {
        return lotNumber;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
