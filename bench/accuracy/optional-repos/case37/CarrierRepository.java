package opt.case37;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarrierRepository extends JpaRepository<Carrier, String> {

    Optional<Carrier> findFirstByCountry(String country);
}
