// Customer handlers mapped with @RequestMapping(method = GET) and @PostMapping (a search with a request-body record) that return unbounded derived queries.
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

record CustomerSearchRequest(String city, String tier) {
}

@RestController
@RequestMapping("/api/v2/customers")
class CustomerSearchController {

    private final CustomerRepository customerRepository;

    CustomerSearchController(CustomerRepository customerRepository) {
        this.customerRepository = customerRepository;
    }

    @RequestMapping(value = "/by-name", method = RequestMethod.GET)
    public List<CustomerCard> byLastName(@RequestParam String lastName) {
        return customerRepository.findByLastNameIgnoreCase(lastName).stream().map(CustomerCard::of).toList(); // expect: unbounded-find-all "`findByLastNameIgnoreCase`"
    }

    @PostMapping("/search")
    public List<Customer> search(@RequestBody CustomerSearchRequest request) {
        if (request.city() == null) {
            return customerRepository.findByTier(request.tier()); // expect: unbounded-find-all "`findByTier`"
        }
        return customerRepository.findByCityAndTier(request.city(), request.tier()); // expect: unbounded-find-all "`findByCityAndTier`"
    }
}
