// RestTemplate bean for the legacy CRM, with the application's ObjectMapper as first
// converter.
package httpclients.case45;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

@Configuration
public class LegacyCrmRestConfig {

    @Bean
    public RestTemplate crmRestTemplate(ObjectMapper objectMapper) {
        RestTemplate restTemplate = new RestTemplate(); // hang
        restTemplate.getMessageConverters().add(0, new MappingJackson2HttpMessageConverter(objectMapper));
        restTemplate.setErrorHandler(new DefaultResponseErrorHandler());
        return restTemplate;
    }
}
