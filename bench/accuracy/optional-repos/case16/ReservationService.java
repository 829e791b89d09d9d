package opt.case16;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

    private final StockItemRepository stockItemRepository;

    public ReservationService(StockItemRepository stockItemRepository) {
        this.stockItemRepository = stockItemRepository;
    }

    @Transactional
    public List<String> reserve(Map<String, Integer> quantities) {
        List<String> shortages = new ArrayList<>();
        for (Map.Entry<String, Integer> line : quantities.entrySet()) {
            Optional<StockItem> item = stockItemRepository.findById(line.getKey());
            if (item.isEmpty()) {
                log.warn("Unknown SKU {}", line.getKey());
                shortages.add(line.getKey());
                continue;
            }
            StockItem stock = item.get();
            int available = stock.getOnHand() - stock.getReserved();
            if (available < line.getValue()) {
                shortages.add(line.getKey());
                continue;
            }
            stock.setReserved(stock.getReserved() + line.getValue());
        }
        return shortages;
    }
}
