// A @Controller where only a sibling method carries @ResponseBody (returning a record); the methods that produce the Invoice entity of another file render views.
import java.math.BigDecimal;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

record InvoiceTotal(String number, BigDecimal amount) {
}

@Controller
class InvoicePageController {

    private final InvoiceRepository invoices;

    InvoicePageController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @ModelAttribute("latestInvoice")
    public Invoice latestInvoice() {
        return invoices.findAll(Sort.by(Sort.Direction.DESC, "issuedOn")).stream().findFirst().orElse(null);
    }

    @GetMapping("/invoices/{id}")
    public String invoicePage(@PathVariable Long id, Model model) {
        Invoice invoice = invoices.findById(id).orElseThrow();
        model.addAttribute("invoice", invoice);
        return "invoices/show";
    }

    @GetMapping("/invoices/{id}/total")
    @ResponseBody
    public InvoiceTotal total(@PathVariable Long id) {
        Invoice invoice = invoices.findById(id).orElseThrow();
        return new InvoiceTotal(invoice.getNumber(), invoice.getAmount());
    }

    @GetMapping("/invoices/{id}/print")
    public String print(@PathVariable Long id, Model model) {
        model.addAttribute("invoice", invoices.findById(id).orElseThrow());
        return "invoices/print";
    }
}
