// Customer profile client on WebClient: the profile lookup is bounded on its reactive chain,
// the preference update returns the exchange as it is.
package httpclients.case31;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class CustomerProfileClient {

    private final WebClient webClient;

    public CustomerProfileClient(@Value("${customers.base-url}") String baseUrl) {
        this.webClient = WebClient.builder() // hang
                .baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public Mono<CustomerProfile> profile(String customerId) {
        return webClient.get()
                .uri("/customers/{id}", customerId)
                .retrieve()
                .bodyToMono(CustomerProfile.class)
                .timeout(Duration.ofSeconds(2));
    }

    public Mono<Void> updatePreferences(String customerId, CustomerProfile.Preferences preferences) {
        return webClient.put()
                .uri("/customers/{id}/preferences", customerId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(preferences)
                .retrieve()
                .bodyToMono(Void.class);
    }
}
