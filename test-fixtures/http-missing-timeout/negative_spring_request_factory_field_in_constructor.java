// A request factory held in a field and given both timeouts in the constructor, then used for RestTemplate and RestClient instances; a RestTemplate field given that factory in the constructor.
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

@Service
class SubscriptionsGateway {

    private final SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
    private final RestTemplate restTemplate;

    SubscriptionsGateway(@Value("${subscriptions.connect-timeout:PT2S}") Duration connectTimeout,
                         @Value("${subscriptions.read-timeout:PT10S}") Duration readTimeout) {
        requestFactory.setConnectTimeout(connectTimeout);
        requestFactory.setReadTimeout(readTimeout);
        this.restTemplate = new RestTemplate();
        this.restTemplate.setRequestFactory(requestFactory);
    }

    String plan(String subscriptionId) {
        return restTemplate.getForObject("https://subscriptions.example.com/{id}/plan", String.class, subscriptionId);
    }

    RestTemplate templateForPartner() {
        return new RestTemplate(requestFactory);
    }

    RestClient clientFor(String baseUrl) {
        return RestClient.builder().requestFactory(requestFactory).baseUrl(baseUrl).build();
    }
}
