// Server-side rendered @Controller methods without @ResponseBody: view names, entities put in a Model, an @ModelAttribute return value, and WebFlux Rendering.
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Controller
class CustomerAdminPagesController {

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;

    CustomerAdminPagesController(CustomerRepository customers, SalesOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @GetMapping("/admin/customers")
    public String list(Model model) {
        List<Customer> all = customers.findAll();
        model.addAttribute("customers", all);
        return "admin/customers/list";
    }

    @GetMapping("/admin/customers/{id}/edit")
    public String edit(@PathVariable Long id, Model model) {
        model.addAttribute("customer", customers.findById(id).orElseThrow());
        model.addAttribute("orders", orders.findByStatus(OrderStatus.OPEN));
        return "admin/customers/edit";
    }

    @GetMapping("/admin/customers/{id}/card")
    @ModelAttribute("customer")
    public Customer card(@PathVariable Long id) {
        return customers.findById(id).orElseThrow();
    }

    @PostMapping("/admin/customers/{id}/delete")
    public String delete(@PathVariable Long id) {
        customers.deleteById(id);
        return "redirect:/admin/customers";
    }
}

@Controller
class OrderBoardPageController {

    private final SalesOrderRepository orders;

    OrderBoardPageController(SalesOrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/board/orders")
    public Mono<Rendering> board() {
        return Mono.fromCallable(() -> orders.findByStatus(OrderStatus.OPEN))
                .subscribeOn(Schedulers.boundedElastic())
                .map(open -> Rendering.view("board/orders").modelAttribute("orders", open).build());
    }

    @GetMapping("/board/orders/{id}")
    public Mono<String> order(@PathVariable Long id, Model model) {
        return Mono.fromCallable(() -> orders.findById(id).orElseThrow())
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(order -> model.addAttribute("order", order))
                .thenReturn("board/order");
    }
}
