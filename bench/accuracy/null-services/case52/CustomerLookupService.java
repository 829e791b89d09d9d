package nulls.case52;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

@Service
@Transactional(readOnly = true)
public class CustomerLookupService {

    public record CustomerView(Long id, String displayName) {
    }

    private final CustomerRepository customers;

    public CustomerLookupService(CustomerRepository customers) {
        this.customers = customers;
    }

    public CustomerView byExternalId(String externalId) {
        Customer customer = customers.findByExternalId(externalId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer " + externalId));
        return new CustomerView(customer.getId(), customer.getDisplayName());
    }

    public CustomerView byEmail(String email) {
        Customer customer = customers.findByEmailIgnoreCase(email);
        if (customer == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer with e-mail " + email);
        }
        return new CustomerView(customer.getId(), customer.getDisplayName());
    }

    public CustomerView byId(long id) {
        Customer customer = customers.getReferenceById(id);
        return new CustomerView(customer.getId(), customer.getDisplayName());
    }
}
