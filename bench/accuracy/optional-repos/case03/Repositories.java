package opt.case03;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {
}

interface AddressRepository extends JpaRepository<Address, Long> {
}

@Entity
class Address {

    @Id
    Long id;

    String street;

    String city;

    String postcode;
}
