// A startup listener (ContextRefreshedEvent, the spring-context counterpart of a CommandLineRunner) that loads findAll() of the product repository into a local cache.
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
class ProductSkuCacheWarmer {

    private final ProductRepository productRepository;
    private final Map<String, Long> idsBySku = new ConcurrentHashMap<>();

    ProductSkuCacheWarmer(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    @EventListener(ContextRefreshedEvent.class)
    public void warmUp() {
        var products = productRepository.findAll();
        for (var product : products) {
            idsBySku.put(product.getSku(), product.getId());
        }
    }

    public Optional<Long> idForSku(String sku) {
        return Optional.ofNullable(idsBySku.get(sku));
    }
}
