package eval5.case49;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ShipmentService {

    private static final int MAX_PAGE = 200;

    private final ShipmentRepository shipmentRepository;

    public ShipmentService(ShipmentRepository shipmentRepository) {
        this.shipmentRepository = shipmentRepository;
    }

    @Transactional(readOnly = true)
    public List<ShipmentRepository.ShipmentView> openShipments(String carrier, int limit) {
        String carrierCode = carrier.trim().toUpperCase(Locale.ROOT);
        int pageSize = Math.min(Math.max(limit, 1), MAX_PAGE);
        return shipmentRepository.findOpenByCarrierCode(carrierCode, pageSize);
    }
}
