package opt.case33;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PutawayService {

    private final LocationRepository locationRepository;
    private final BinRepository binRepository;

    public PutawayService(LocationRepository locationRepository, BinRepository binRepository) {
        this.locationRepository = locationRepository;
        this.binRepository = binRepository;
    }

    @Transactional
    public int putaway(Long locationId, List<String> binCodes, int unitsPerBin) {
        Optional<Location> location = locationRepository.findById(locationId);
        if (location.isEmpty() || !location.get().active) {
            throw new IllegalArgumentException("Location " + locationId + " is not available");
        }
        int stored = 0;
        for (String code : binCodes) {
            Optional<Bin> bin = binRepository.findByCodeAndLocationId(code, locationId);
            Bin target = bin.get(); // get
            int room = target.capacity - target.used;
            int units = Math.min(room, unitsPerBin);
            target.used += units;
            stored += units;
        }
        return stored;
    }
}
