// Spring Data repository of till tickets.
package staticfields.case32;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SaleRepository extends JpaRepository<Sale, Long> {

    List<Sale> findBySoldOn(LocalDate soldOn);
}
