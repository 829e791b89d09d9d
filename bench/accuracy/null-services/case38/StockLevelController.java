package nulls.case38;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StockLevelController {

    public record StockRecord(String sku, int onHand, String location) {
    }

    public record Availability(String sku, int available, String location) {
    }

    private final Map<String, StockRecord> stockBySku = new ConcurrentHashMap<>();
    private final Map<String, Integer> reserved = new ConcurrentHashMap<>();

    @GetMapping("/api/stock/{sku}")
    public Availability availability(@PathVariable String sku) {
        int onHand = Optional.ofNullable(stockBySku.get(sku)).map(StockRecord::onHand).orElse(0);
        int held = Optional.ofNullable(reserved.get(sku)).orElse(0);
        String location = Optional.ofNullable(stockBySku.get(sku)).map(StockRecord::location).orElse("n/a");
        return new Availability(sku, Math.max(0, onHand - held), location);
    }

    @PostMapping("/api/stock/{sku}/reserve")
    public int reserve(@PathVariable String sku, @RequestParam int quantity) {
        return reserved.merge(sku, quantity, Integer::sum);
    }
}
