package opt.case27;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class TaxRate {

    @Id
    private String regionCode;

    private BigDecimal rate;

    public String getRegionCode() {
        return regionCode;
    }

    public BigDecimal getRate() {
        return rate;
    }
}
