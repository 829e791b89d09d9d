// Tax rule lookups for the pricing service, memoised by country and product category.
package staticfields.case07;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class TaxRuleService {

    private static final Logger log = LoggerFactory.getLogger(TaxRuleService.class);
    private static final Map<String, TaxRule> RULES_BY_KEY = new HashMap<>(); // static

    private final TaxRuleRepository repository;

    public TaxRuleService(TaxRuleRepository repository) {
        this.repository = repository;
    }

    public TaxRule ruleFor(String country, String category) {
        var key = country + ":" + category;
        var cached = RULES_BY_KEY.get(key);
        if (cached == null) {
            cached = repository.findByCountryAndCategory(country, category)
                    .orElseGet(() -> TaxRule.standard(country, category));
            log.debug("loaded tax rule {} -> {}", key, cached.rate());
            RULES_BY_KEY.put(key, cached);
        }
        return cached;
    }

    public BigDecimal taxOn(BigDecimal net, String country, String category) {
        return net.multiply(ruleFor(country, category).rate());
    }
}
