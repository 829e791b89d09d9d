// A quote handler returning the concrete @MappedSuperclass RateCard built from a ShippingRate entity (declared here), not the entity itself.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@MappedSuperclass
class RateCard {

    private BigDecimal baseRate;
    private BigDecimal perKg;
    private String currency;
    private LocalDate validFrom;

    protected RateCard() {
    }

    RateCard(BigDecimal baseRate, BigDecimal perKg, String currency, LocalDate validFrom) {
        this.baseRate = baseRate;
        this.perKg = perKg;
        this.currency = currency;
        this.validFrom = validFrom;
    }

    public BigDecimal getBaseRate() { return baseRate; }
    public BigDecimal getPerKg() { return perKg; }
    public String getCurrency() { return currency; }
    public LocalDate getValidFrom() { return validFrom; }
}

@Entity
class ShippingRate extends RateCard {

    @Id
    @GeneratedValue
    private Long id;
    private String zone;

    public Long getId() { return id; }
    public String getZone() { return zone; }
}

interface ShippingRateRepository extends JpaRepository<ShippingRate, Long> {
    List<ShippingRate> findByZoneOrderByValidFromDesc(String zone);
}

@RestController
class ShippingQuoteController {

    private final ShippingRateRepository rates;

    ShippingQuoteController(ShippingRateRepository rates) {
        this.rates = rates;
    }

    @GetMapping("/api/shipping/quote")
    public RateCard quote(@RequestParam String zone, @RequestParam double weightKg) {
        ShippingRate current = rates.findByZoneOrderByValidFromDesc(zone).get(0);
        var total = current.getBaseRate()
                .add(current.getPerKg().multiply(BigDecimal.valueOf(weightKg)))
                .setScale(2, RoundingMode.HALF_UP);
        return new RateCard(total, current.getPerKg(), current.getCurrency(), current.getValidFrom());
    }

    @GetMapping("/api/shipping/rate-history")
    public List<RateCard> history(@RequestParam String zone) {
        return rates.findByZoneOrderByValidFromDesc(zone).stream()
                .map(r -> new RateCard(r.getBaseRate(), r.getPerKg(), r.getCurrency(), r.getValidFrom()))
                .toList();
    }
}
