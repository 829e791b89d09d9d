// Optional::get as a method reference after filter(Optional::isPresent): a stream of lookups keeps only present values before unwrapping them.
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

@Entity
class PickupPoint {
    @Id
    Long id;
    String label;

    String getLabel() {
        return label;
    }
}

interface PickupPointRepository extends JpaRepository<PickupPoint, Long> {
}

class PickupPointDirectory {

    private final PickupPointRepository points;

    PickupPointDirectory(PickupPointRepository points) {
        this.points = points;
    }

    List<String> labels(List<Long> ids) {
        return ids.stream()
                .map(points::findById)
                .filter(Optional::isPresent)
                .map(Optional::get)
                .map(PickupPoint::getLabel)
                .toList();
    }

    List<PickupPoint> existing(List<Long> ids) {
        return ids.stream().map(points::findById).flatMap(Optional::stream).toList();
    }
}
