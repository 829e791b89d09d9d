// Tax rate lookups through a RestClient created in the service constructor.
package httpclients.case17;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class TaxRateClient {

    private final RestClient restClient;

    public TaxRateClient(@Value("${tax.base-url}") String baseUrl) {
        this.restClient = RestClient.create(baseUrl); // hang
    }

    public BigDecimal rateFor(String country, String category) {
        TaxRate rate = restClient.get()
                .uri("/rates/{country}/{category}", country, category)
                .retrieve()
                .body(TaxRate.class);
        return rate == null ? BigDecimal.ZERO : rate.percentage();
    }

    public record TaxRate(String country, String category, BigDecimal percentage) {
    }
}
