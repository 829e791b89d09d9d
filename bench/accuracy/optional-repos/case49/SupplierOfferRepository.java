package opt.case49;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplierOfferRepository extends JpaRepository<SupplierOffer, Long> {

    List<SupplierOffer> findByPartNumber(String partNumber);
}
