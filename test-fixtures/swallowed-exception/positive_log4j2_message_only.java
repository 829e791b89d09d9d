// A scheduled Log4j 2 inventory sync whose catch inside a loop logs the SKU but not the RestClientException.
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
class InventorySyncJob {

    private static final Logger LOG = LogManager.getLogger(InventorySyncJob.class);

    private final RestTemplate restTemplate;
    private final Map<String, Integer> stock = new ConcurrentHashMap<>();

    InventorySyncJob(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Scheduled(fixedDelay = 60_000)
    void sync() {
        for (String sku : List.copyOf(stock.keySet())) {
            try {
                Integer level = restTemplate.getForObject(
                        "https://warehouse.internal/api/stock/{sku}", Integer.class, sku);
                if (level != null) {
                    stock.put(sku, level);
                }
            } catch (RestClientException e) { // expect: swallowed-exception "RestClientException"
                LOG.error("Stock lookup failed for SKU {}", sku);
            }
        }
    }

    Integer levelOf(String sku) {
        return stock.getOrDefault(sku, 0);
    }
}
