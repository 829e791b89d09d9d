package opt.case19;

import java.math.BigDecimal;

public record PriceTier(String name, int minQuantity, int maxQuantity, BigDecimal unitPrice) {

    public boolean covers(int quantity) {
        return quantity >= minQuantity && quantity <= maxQuantity;
    }
}
