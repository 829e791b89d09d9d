// A customer lookup service and repository that compare boxed Long ids of the CustomerAccount entity (another file) only with null.
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

interface CustomerAccountRepository extends JpaRepository<CustomerAccount, Long> {

    Optional<CustomerAccount> findByEmail(String email);
}

@Service
class CustomerLookupService {

    private final CustomerAccountRepository customers;

    CustomerLookupService(CustomerAccountRepository customers) {
        this.customers = customers;
    }

    public boolean isNew(CustomerAccount customer) {
        return customer.getId() == null;
    }

    public boolean hasReferrer(CustomerAccount customer) {
        return null != customer.getReferrerId();
    }

    public Long referrerOrSelf(CustomerAccount customer) {
        return customer.getReferrerId() != null ? customer.getReferrerId() : customer.getId();
    }

    public Optional<CustomerAccount> withoutTenant(String email) {
        return customers.findByEmail(email).filter(c -> c.getTenantId() == null);
    }

    public boolean unsaved(CustomerAccount customer) {
        Long id = customer.getId();
        return Objects.isNull(id) || id == null;
    }
}
