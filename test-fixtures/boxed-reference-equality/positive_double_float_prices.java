// A JPA price entity with Double and Float columns whose change detector compares the boxed getters with == and != (the issue lists Double/Float too).
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Entity
class CatalogPrice {

    @Id
    @GeneratedValue
    private Long id;

    private String sku;

    private Double listPrice;

    private Double discountedPrice;

    private Float taxRate;

    protected CatalogPrice() {
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public Double getListPrice() {
        return listPrice;
    }

    public Double getDiscountedPrice() {
        return discountedPrice;
    }

    public Float getTaxRate() {
        return taxRate;
    }
}

@Service
class PriceChangeDetector {

    private final Map<String, Double> lastPublished = new ConcurrentHashMap<>();

    public boolean discounted(CatalogPrice price) {
        return price.getDiscountedPrice() != price.getListPrice(); // expect: boxed-reference-equality "`price.getDiscountedPrice()`"
    }

    public boolean sameTax(CatalogPrice price, Float regionalRate) {
        return price.getTaxRate() == regionalRate; // expect: boxed-reference-equality "`price.getTaxRate()`"
    }

    public boolean republishNeeded(CatalogPrice price) {
        return lastPublished.get(price.getSku()) != price.getListPrice(); // expect: boxed-reference-equality "`lastPublished.get(price.getSku())`"
    }

    public boolean free(CatalogPrice price) {
        return price.getListPrice() == 0.0;
    }
}
