package opt.case03;

import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class InvoiceAddressService {

    private final CustomerRepository customerRepository;
    private final AddressRepository addressRepository;

    public InvoiceAddressService(CustomerRepository customerRepository, AddressRepository addressRepository) {
        this.customerRepository = customerRepository;
        this.addressRepository = addressRepository;
    }

    public String billingLabel(Long customerId) {
        Optional<Customer> customer = customerRepository.findById(customerId);
        if (customer.isEmpty()) {
            return "";
        }
        Optional<Address> address = addressRepository.findById(customer.get().getBillingAddressId());
        Address billing = address.get(); // get
        return customer.get().getName() + "\n" + billing.street + "\n" + billing.postcode + " " + billing.city;
    }
}
