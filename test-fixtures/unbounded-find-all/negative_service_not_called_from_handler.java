// A @Service that returns customerRepository.findAll() from a CSV export method that no request handler calls.
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

@Service
class CustomerExportService {

    private static final String HEADER = "id,email,first_name,last_name,tier";

    private final CustomerRepository customerRepository;

    CustomerExportService(CustomerRepository customerRepository) {
        this.customerRepository = customerRepository;
    }

    public List<Customer> customersForExport() {
        return customerRepository.findAll();
    }

    public String exportCsv() {
        return customersForExport().stream()
                .map(c -> String.join(",", String.valueOf(c.getId()), c.getEmail(), c.getFirstName(), c.getLastName(), c.getTier()))
                .collect(Collectors.joining("\n", HEADER + "\n", "\n"));
    }
}
