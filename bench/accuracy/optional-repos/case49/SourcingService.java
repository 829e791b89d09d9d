package opt.case49;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class SourcingService {

    private final SupplierOfferRepository offerRepository;

    public SourcingService(SupplierOfferRepository offerRepository) {
        this.offerRepository = offerRepository;
    }

    public SupplierOffer cheapestWithin(String partNumber, int maxLeadDays) {
        List<SupplierOffer> offers = offerRepository.findByPartNumber(partNumber);
        return offers.stream().filter(o -> o.getLeadTimeDays() <= maxLeadDays).min(Comparator.comparing(SupplierOffer::getUnitCost)).get(); // get
    }
}
