// Back-office endpoint to reload the exchange rates after the provider's fixing.
package singletons.case12;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/rates")
public class RatesAdminController {

    private final ExchangeRateService rates;

    public RatesAdminController(ExchangeRateService rates) {
        this.rates = rates;
    }

    @PostMapping("/refresh")
    public ResponseEntity<Void> refresh() {
        rates.refreshNow();
        return ResponseEntity.noContent().build();
    }
}
