package opt.case37;

import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class TrackingLinkService {

    private final CarrierRepository carrierRepository;

    public TrackingLinkService(CarrierRepository carrierRepository) {
        this.carrierRepository = carrierRepository;
    }

    public String trackingLink(String carrierCode, String country, String trackingNumber) {
        Optional<Carrier> carrier = Optional.empty();
        if (carrierCode != null) {
            carrier = carrierRepository.findById(carrierCode);
        } else if (country != null) {
            carrier = carrierRepository.findFirstByCountry(country);
        }
        String template = carrier.get().getTrackingUrlTemplate(); // get
        return template.replace("{number}", trackingNumber);
    }
}
