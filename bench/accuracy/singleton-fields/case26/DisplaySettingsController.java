// Merchandising back office: switch the storefront's display currency.
package singletons.case26;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/display")
public class DisplaySettingsController {

    private final PriceDisplayService prices;

    public DisplaySettingsController(PriceDisplayService prices) {
        this.prices = prices;
    }

    @GetMapping("/currency")
    public CurrencySetting current() {
        return new CurrencySetting(prices.getDisplayCurrency());
    }

    @PutMapping("/currency")
    @PreAuthorize("hasRole('MERCHANDISER')")
    public ResponseEntity<Void> change(@RequestBody CurrencySetting setting) {
        prices.setDisplayCurrency(setting.currency());
        return ResponseEntity.noContent().build();
    }

    public record CurrencySetting(String currency) {
    }
}
