package opt.case55;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class ReorderRule {

    @Id
    private Long id;

    private String sku;

    private String warehouse;

    private int reorderPoint;

    private int daysOfCover;

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public int getReorderPoint() {
        return reorderPoint;
    }

    public int getDaysOfCover() {
        return daysOfCover;
    }
}
