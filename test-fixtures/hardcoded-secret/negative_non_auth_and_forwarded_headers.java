// A proxying controller that sets ordinary headers to literals and forwards the caller's own Authorization header and API key unchanged.
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class InventoryProxyController {

    private final RestTemplate restTemplate = new RestTemplate();

    @GetMapping("/proxy/inventory/{sku}")
    public ResponseEntity<String> inventory(@PathVariable String sku, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept", "application/json");
        headers.set("User-Agent", "inventory-proxy/2.3");
        headers.set("X-Request-Id", UUID.randomUUID().toString());
        headers.add("X-Tenant", "emea");
        headers.set(HttpHeaders.AUTHORIZATION, request.getHeader(HttpHeaders.AUTHORIZATION));
        headers.set("X-API-Key", request.getHeader("X-API-Key"));
        return restTemplate.exchange("http://inventory.internal/items/{sku}", HttpMethod.GET,
                new HttpEntity<>(headers), String.class, sku);
    }
}
