// A page @Controller whose @ResponseBody methods return entities of another file while its view-name methods (no @ResponseBody) are fine.
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class CustomerPageController {

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;

    CustomerPageController(CustomerRepository customers, SalesOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @GetMapping("/customers/{id}")
    public String customerPage(@PathVariable Long id, Model model) {
        model.addAttribute("customer", customers.findById(id).orElseThrow());
        return "customers/detail";
    }

    @GetMapping(path = "/customers/{id}", produces = "application/json")
    @ResponseBody
    public Customer customerJson(@PathVariable Long id) { // expect: entity-in-response "`Customer`"
        return customers.findById(id).orElseThrow();
    }

    @ResponseBody
    @GetMapping("/customers/{id}/orders/latest")
    public List<SalesOrder> latestOrders(@PathVariable Long id) { // expect: entity-in-response "`SalesOrder`"
        var page = PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "placedAt"));
        return orders.findByCustomerId(id, page).getContent();
    }
}
