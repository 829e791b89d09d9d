// RestTemplate and RestClient configured on every path: a RestTemplate local given a timed factory in both branches, a request factory returned by a helper of the same class, a RestClient.Builder helper that sets a timed factory, a RestTemplateBuilder created by the code with both timeouts.
import java.time.Duration;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

@Component
class AccountingRestClients {

    private static ClientHttpRequestFactory timedFactory(Duration readTimeout) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(2));
        factory.setReadTimeout(readTimeout);
        return factory;
    }

    RestTemplate ledgerTemplate(boolean batch) {
        RestTemplate template = new RestTemplate();
        if (batch) {
            template.setRequestFactory(timedFactory(Duration.ofMinutes(5)));
        } else {
            template.setRequestFactory(timedFactory(Duration.ofSeconds(5)));
        }
        return template;
    }

    RestTemplate journalTemplate() {
        return new RestTemplate(timedFactory(Duration.ofSeconds(10)));
    }

    private RestClient.Builder timedBuilder(String baseUrl) {
        return RestClient.builder()
                .requestFactory(timedFactory(Duration.ofSeconds(8)))
                .baseUrl(baseUrl);
    }

    RestClient taxClient() {
        return timedBuilder("https://tax.example.com").defaultHeader("Accept", "application/json").build();
    }

    RestTemplate auditTemplate() {
        return new RestTemplateBuilder()
                .setConnectTimeout(Duration.ofSeconds(2))
                .setReadTimeout(Duration.ofSeconds(30))
                .rootUri("https://audit.example.com")
                .build();
    }
}
