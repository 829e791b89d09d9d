// RestTemplate held in a local whose timed request factory is set in one branch of an if only, a factory whose timeouts are set on one path only, and one from a helper of the same class with no factory.
import java.time.Duration;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
class CarrierRestTemplates {

    RestTemplate carrierTemplate(boolean production) {
        RestTemplate template = new RestTemplate(); // expect: http-missing-timeout "`RestTemplate`"
        if (production) {
            SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
            factory.setConnectTimeout(Duration.ofSeconds(2));
            factory.setReadTimeout(Duration.ofSeconds(10));
            template.setRequestFactory(factory);
        }
        return template;
    }

    RestTemplate trackingTemplate(Duration readTimeout) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(2));
        if (readTimeout != null) {
            factory.setReadTimeout(readTimeout);
        }
        RestTemplate template = new RestTemplate(factory); // expect: http-missing-timeout "`RestTemplate`"
        return template;
    }

    private RestTemplate baseTemplate() {
        RestTemplate template = new RestTemplate(); // expect: http-missing-timeout "`RestTemplate`"
        template.getInterceptors().add((request, body, execution) -> {
            request.getHeaders().add("X-Client", "carrier-sync");
            return execution.execute(request, body);
        });
        return template;
    }

    String label(String shipmentId) {
        return baseTemplate().getForObject("https://carrier.example.com/labels/{id}", String.class, shipmentId);
    }
}
