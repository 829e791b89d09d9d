package nulls.case52;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByExternalId(String externalId);

    Customer findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);
}
