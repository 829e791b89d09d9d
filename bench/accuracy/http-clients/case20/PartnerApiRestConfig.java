// Partner API RestTemplate: the request factory comes from a helper of the configuration
// class, the bean method adds the error handler and the root URI.
package httpclients.case20;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

@Configuration
public class PartnerApiRestConfig {

    @Bean
    public RestTemplate partnerRestTemplate(@Value("${partner.base-url}") String baseUrl) {
        RestTemplate template = new RestTemplate(partnerRequestFactory());
        template.setErrorHandler(new DefaultResponseErrorHandler());
        template.setUriTemplateHandler(new DefaultUriBuilderFactory(baseUrl));
        return template;
    }

    private ClientHttpRequestFactory partnerRequestFactory() {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(PartnerTimeouts.CONNECT);
        factory.setReadTimeout(PartnerTimeouts.READ);
        return factory;
    }
}
