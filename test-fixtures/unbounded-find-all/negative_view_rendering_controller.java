// A @Controller that puts findAll() into the Model of a Thymeleaf view (no @ResponseBody on that method); only its count endpoint has @ResponseBody.
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@RequestMapping("/admin/customers")
class CustomerAdminPageController {

    private final CustomerRepository customerRepository;

    CustomerAdminPageController(CustomerRepository customerRepository) {
        this.customerRepository = customerRepository;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("customers", customerRepository.findAll());
        model.addAttribute("title", "All customers");
        return "admin/customers/list";
    }

    @GetMapping("/tier")
    public String byTier(@RequestParam String tier, Model model) {
        var customers = customerRepository.findByTier(tier);
        model.addAttribute("customers", customers);
        return customers.isEmpty() ? "admin/customers/empty" : "admin/customers/list";
    }

    @GetMapping("/count")
    @ResponseBody
    public long count() {
        return customerRepository.count();
    }
}
