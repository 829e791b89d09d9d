// A call on an interface whose one implementation returns null on some path of its own, with callers that test for it: the null is the program's state, and the unchecked caller is not reported.
import java.util.HashMap;
import java.util.Map;

interface CustomerDirectory {
    Customer lookup(String id);

    Customer findByEmail(String email);
}

record Customer(String id, String email) {
}

class InMemoryCustomerDirectory implements CustomerDirectory {

    private final Map<String, Customer> byId = new HashMap<>();

    @Override
    public Customer lookup(String id) {
        Customer customer = byId.get(id);
        if (customer == null) {
            return null;
        }
        return customer;
    }

    @Override
    public Customer findByEmail(String email) {
        for (Customer customer : byId.values()) {
            if (customer.email().equals(email)) {
                return customer;
            }
        }
        return null;
    }
}

class InvoiceService {

    private final CustomerDirectory directory;

    InvoiceService(CustomerDirectory directory) {
        this.directory = directory;
    }

    String recipient(String customerId) {
        Customer customer = directory.lookup(customerId);
        return customer.email();
    }

    String idOf(String email) {
        return directory.findByEmail(email).id();
    }

    boolean known(String customerId, String email) {
        return directory.lookup(customerId) != null && directory.findByEmail(email) != null;
    }
}
