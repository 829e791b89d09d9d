// A service that searches the Long ids of accounts returned by a Spring Data repository for the request's String userId.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

@Entity
class CustomerAccount {

    @Id
    @GeneratedValue
    private Long id;

    private UUID publicId = UUID.randomUUID();

    private String email;

    private String region;

    protected CustomerAccount() {
    }

    CustomerAccount(String email, String region) {
        this.email = email;
        this.region = region;
    }

    Long getId() {
        return id;
    }

    UUID getPublicId() {
        return publicId;
    }

    String getEmail() {
        return email;
    }

    String getRegion() {
        return region;
    }
}

interface CustomerAccountRepository extends JpaRepository<CustomerAccount, Long> {

    List<CustomerAccount> findByRegion(String region);
}

@Service
class RegionMembershipService {

    private final CustomerAccountRepository repository;

    RegionMembershipService(CustomerAccountRepository repository) {
        this.repository = repository;
    }

    boolean isInRegion(String region, String userId) {
        List<CustomerAccount> accounts = repository.findByRegion(region);
        return accounts.stream().anyMatch(a -> a.getId().equals(userId)); // expect: incompatible-equals "`Long` with `String`"
    }

    int rankInRegion(String region, String userId) {
        List<CustomerAccount> accounts = repository.findByRegion(region);
        List<Long> ids = accounts.stream().map(CustomerAccount::getId).sorted().toList();
        if (!ids.contains(userId)) { // expect: incompatible-equals "`Long` with `String`"
            return -1;
        }
        return ids.indexOf(Long.valueOf(userId)) + 1;
    }

    boolean hasEmail(String region, String email) {
        List<CustomerAccount> accounts = repository.findByRegion(region);
        return accounts.stream().map(CustomerAccount::getEmail).anyMatch(email::equalsIgnoreCase);
    }
}
