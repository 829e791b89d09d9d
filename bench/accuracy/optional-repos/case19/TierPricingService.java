package opt.case19;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class TierPricingService {

    private final List<PriceTier> tiers;

    public TierPricingService(@Value("${pricing.tiers.small:10}") int smallMax,
                              @Value("${pricing.tiers.medium:100}") int mediumMax) {
        this.tiers = List.of(
                new PriceTier("small", 1, smallMax, new BigDecimal("4.90")),
                new PriceTier("medium", smallMax + 1, mediumMax, new BigDecimal("4.20")),
                new PriceTier("bulk", mediumMax + 1, 10_000, new BigDecimal("3.75")));
    }

    public BigDecimal priceFor(int quantity) {
        PriceTier tier = tiers.stream().filter(t -> t.covers(quantity)).findFirst().get(); // get
        return tier.unitPrice().multiply(BigDecimal.valueOf(quantity));
    }
}
