// A RestTemplate gateway that puts literal credentials into HttpHeaders: Authorization via set(..), X-API-Key, setBearerAuth and setBasicAuth.
import java.util.List;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class ShippingRatesGateway {

    private final RestTemplate restTemplate;

    public ShippingRatesGateway(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public String carrierRates(String zip) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.set(HttpHeaders.AUTHORIZATION, "Basic c2hpcHBpbmc6UzdoIXBwMW5nLTIwMjQ="); // expect: hardcoded-secret "`Authorization`"
        ResponseEntity<String> response = restTemplate.exchange(
                "https://rates.carrier.example.com/v2/rates?zip={zip}", HttpMethod.GET, new HttpEntity<>(headers), String.class, zip);
        return response.getBody();
    }

    public String geocode(String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", "a7Fq93LmZt2Wx8Rk5Nv1Pc6Hy4Bd0Js"); // expect: hardcoded-secret "`X-API-Key`"
        return restTemplate.exchange("https://geo.example.com/v1/geocode?q={q}", HttpMethod.GET,
                new HttpEntity<>(headers), String.class, address).getBody();
    }

    public String trackingStatus(String trackingNumber) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzaGlwcGluZy1zdmMifQ.Q2Fy7XkP3nVb9Lm1Rw4Tz8Hs6Jd0Gc5Ea2Yu"); // expect: hardcoded-secret "`setBearerAuth`"
        return restTemplate.exchange("https://tracking.example.com/v1/parcels/{id}", HttpMethod.GET,
                new HttpEntity<>(headers), String.class, trackingNumber).getBody();
    }

    public void cancelLabel(String labelId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("label-service", "L4b3l!Svc#9xQ"); // expect: hardcoded-secret "`setBasicAuth`"
        restTemplate.exchange("https://labels.example.com/v1/labels/{id}", HttpMethod.DELETE,
                new HttpEntity<>(headers), Void.class, labelId);
    }
}
