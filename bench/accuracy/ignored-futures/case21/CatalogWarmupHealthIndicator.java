// Health contribution of the catalog warm-up: OUT_OF_SERVICE until the catalog is loaded.
package ignoredfutures.case21;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

@Component
public class CatalogWarmupHealthIndicator implements HealthIndicator {

    private final ProductCatalogWarmup warmup;

    public CatalogWarmupHealthIndicator(ProductCatalogWarmup warmup) {
        this.warmup = warmup;
    }

    @Override
    public Health health() {
        return warmup.isWarm() ? Health.up().build() : Health.outOfService().withDetail("catalog", "loading").build();
    }
}
