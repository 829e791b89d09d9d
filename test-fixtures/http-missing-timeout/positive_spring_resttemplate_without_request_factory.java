// RestTemplate created with no request factory whose timeouts are set: new RestTemplate() in a @Bean and in a service field, and on a SimpleClientHttpRequestFactory or HttpComponentsClientHttpRequestFactory left at their defaults.
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Configuration
class RestTemplateConfiguration {

    @Bean
    RestTemplate restTemplate() {
        return new RestTemplate(); // expect: http-missing-timeout "`RestTemplate`"
    }

    @Bean
    RestTemplate partnerRestTemplate() {
        RestTemplate template = new RestTemplate(new SimpleClientHttpRequestFactory()); // expect: http-missing-timeout "`RestTemplate`"
        template.setMessageConverters(List.of(new MappingJackson2HttpMessageConverter()));
        return template;
    }

    @Bean
    RestTemplate pooledRestTemplate() {
        return new RestTemplate(new HttpComponentsClientHttpRequestFactory()); // expect: http-missing-timeout "`RestTemplate`"
    }
}

record Quote(String symbol, double price) {
}

@Service
class StockQuoteService {

    private final RestTemplate restTemplate = new RestTemplate(); // expect: http-missing-timeout "`RestTemplate`"

    Quote quote(String symbol) {
        return restTemplate.getForObject("https://quotes.example.com/v1/quotes/{symbol}", Quote.class, symbol);
    }
}
