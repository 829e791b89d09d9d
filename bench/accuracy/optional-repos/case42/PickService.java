package opt.case42;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PickService {

    private final InventoryLotRepository lots;

    public PickService(InventoryLotRepository lots) {
        this.lots = lots;
    }

    @Transactional
    public int pick(String lotNumber, int quantity) {
        Optional<InventoryLot> lot = lots.findById(lotNumber);
        if (!lot.isPresent() || lot.get().getQuantity() < quantity) {
            throw new InsufficientStockException(lotNumber, quantity);
        }
        InventoryLot picked = lot.get();
        picked.setQuantity(picked.getQuantity() - quantity);
        return picked.getQuantity();
    }

    public static class InsufficientStockException extends RuntimeException {
        public InsufficientStockException(String lot, int wanted) {
            super("Lot " + lot + " cannot supply " + wanted + " units");
        }
    }
}
