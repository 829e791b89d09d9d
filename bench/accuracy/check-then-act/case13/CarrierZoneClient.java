// Carrier zone API: which zone (and surcharge band) a postcode belongs to.
package checkthenact.case13;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class CarrierZoneClient {

    private final RestClient carrierRestClient;

    public CarrierZoneClient(RestClient carrierRestClient) {
        this.carrierRestClient = carrierRestClient;
    }

    public ShippingZone lookupZone(String countryCode, String postcode) {
        return carrierRestClient.get()
                .uri("/zones?country={c}&postcode={p}", countryCode, postcode)
                .retrieve()
                .body(ShippingZone.class);
    }
}

record ShippingZone(String code, int band, BigDecimal surcharge) {
}
