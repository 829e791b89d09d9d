// Country lookups used by the address form of the checkout.
package staticfields.case24;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CountryController {

    @GetMapping("/api/countries/{code}")
    public ResponseEntity<CountryInfo> country(@PathVariable String code) {
        var data = CountryReferenceData.get();
        var normalized = code.toUpperCase();
        return data.currencyOf(normalized)
                .map(currency -> new CountryInfo(normalized, currency, data.inEu(normalized)))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    public record CountryInfo(String code, String currency, boolean euMember) {
    }
}
