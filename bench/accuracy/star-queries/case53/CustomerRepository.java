package stars.case53;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("select distinct c from Customer c join fetch c.orders where c.active = true")
    List<Customer> activeWithOrders();

    List<Customer> findAllByRegion(String region);
}
