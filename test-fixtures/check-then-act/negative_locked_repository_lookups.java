// Spring Data lookups annotated @Lock(LockModeType.PESSIMISTIC_WRITE / PESSIMISTIC_READ) used as the check before a save: the repository method takes a lock, so the rule stays quiet.
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Entity
class ParkingSpot {

    @Id
    @GeneratedValue
    private Long id;

    private String spotLabel;

    private String plate;

    protected ParkingSpot() {
    }

    ParkingSpot(String spotLabel, String plate) {
        this.spotLabel = spotLabel;
        this.plate = plate;
    }
}

interface ParkingSpotRepository extends JpaRepository<ParkingSpot, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ParkingSpot> findBySpotLabel(String spotLabel);

    @Lock(LockModeType.PESSIMISTIC_READ)
    ParkingSpot findByPlate(String plate);
}

@Service
class ParkingService {

    private final ParkingSpotRepository spots;

    ParkingService(ParkingSpotRepository spots) {
        this.spots = spots;
    }

    @Transactional
    void park(String spotLabel, String plate) {
        if (spots.findBySpotLabel(spotLabel).isEmpty()) {
            spots.save(new ParkingSpot(spotLabel, plate));
        }
    }

    @Transactional
    ParkingSpot parkOnce(String spotLabel, String plate) {
        if (spots.findByPlate(plate) != null) {
            throw new IllegalStateException(plate + " is already parked");
        }
        return spots.save(new ParkingSpot(spotLabel, plate));
    }

    @Transactional
    void reserve(String spotLabel) {
        var spot = spots.findBySpotLabel(spotLabel);
        if (spot.isPresent()) {
            return;
        }
        spots.saveAndFlush(new ParkingSpot(spotLabel, null));
    }
}
