package opt.case45;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ConsentSyncService {

    private final CustomerRepository customerRepository;

    public ConsentSyncService(CustomerRepository customerRepository) {
        this.customerRepository = customerRepository;
    }

    @Transactional
    public void applyConsent(Long customerId, String crmRef, boolean consent) {
        Optional<Customer> customer = customerRepository.findById(customerId);
        if (customer.isEmpty()) {
            throw new IllegalArgumentException("Unknown customer " + customerId);
        }
        if (crmRef != null && !crmRef.equals(customer.get().getExternalRef())) {
            customer = customerRepository.findByExternalRef(crmRef);
        }
        Customer target = customer.get(); // get
        target.setMarketingConsent(consent);
    }
}
