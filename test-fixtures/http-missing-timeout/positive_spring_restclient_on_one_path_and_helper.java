// RestClient.Builder held in a local that gets its timed request factory in one branch of an if only, and one from a helper of the same class that sets no request factory.
import java.time.Duration;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
class MarketplaceRestClients {

    RestClient sellerClient(String baseUrl, boolean sandbox) {
        RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl); // expect: http-missing-timeout "`RestClient`"
        if (!sandbox) {
            SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
            factory.setConnectTimeout(Duration.ofSeconds(2));
            factory.setReadTimeout(Duration.ofSeconds(8));
            builder.requestFactory(factory);
        }
        return builder.build();
    }

    private static RestClient.Builder listingsBuilder(String baseUrl) {
        return RestClient.builder() // expect: http-missing-timeout "`RestClient`"
                .baseUrl(baseUrl)
                .defaultHeader("Accept", "application/json");
    }

    RestClient listingsClient(String baseUrl) {
        return listingsBuilder(baseUrl).defaultHeader("X-Source", "marketplace-sync").build();
    }
}
