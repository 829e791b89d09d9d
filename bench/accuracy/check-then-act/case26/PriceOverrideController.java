// Admin and storefront endpoints over the price overrides.
package checkthenact.case26;

import java.math.BigDecimal;
import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PriceOverrideController {

    private final PriceOverrideStore store;

    public PriceOverrideController(PriceOverrideStore store) {
        this.store = store;
    }

    @GetMapping("/storefront/prices/{sku}/override")
    public ResponseEntity<PriceOverrideStore.PriceOverride> override(@PathVariable String sku) {
        return ResponseEntity.of(store.find(sku));
    }

    @GetMapping("/admin/prices/{sku}/override/exists")
    public boolean exists(@PathVariable String sku) {
        return store.hasOverride(sku);
    }

    @PutMapping("/admin/prices/{sku}/override")
    public void set(@PathVariable String sku, @RequestBody BigDecimal price, Principal user) {
        store.set(sku, price, user.getName());
    }

    @DeleteMapping("/admin/prices/{sku}/override")
    public void clear(@PathVariable String sku) {
        store.clear(sku);
    }
}
