package opt.case33;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRepository extends JpaRepository<Location, Long> {
}

interface BinRepository extends JpaRepository<Bin, String> {

    Optional<Bin> findByCodeAndLocationId(String code, Long locationId);
}
