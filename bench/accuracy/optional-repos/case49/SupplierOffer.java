package opt.case49;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class SupplierOffer {

    @Id
    private Long id;

    private String partNumber;

    private String supplier;

    private BigDecimal unitCost;

    private int leadTimeDays;

    public Long getId() {
        return id;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public String getSupplier() {
        return supplier;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }
}
