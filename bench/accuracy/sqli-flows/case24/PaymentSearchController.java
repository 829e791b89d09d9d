package eval5.case24;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentSearchController {

    private final PaymentSearchService paymentSearchService;

    public PaymentSearchController(PaymentSearchService paymentSearchService) {
        this.paymentSearchService = paymentSearchService;
    }

    @PostMapping("/api/treasury/payments/search")
    public List<PaymentSearchService.Payment> search(@RequestBody PaymentSearchRequest request) {
        return paymentSearchService.search(request);
    }
}
