// Push notification WebClient bean with the provider's key and a larger in-memory buffer.
package httpclients.case38;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class NotificationWebClientConfig {

    @Bean
    public WebClient pushNotificationWebClient(@Value("${push.url}") String url,
                                               @Value("${push.api-key}") String apiKey) {
        return WebClient.builder() // hang
                .baseUrl(url)
                .defaultHeader("Authorization", "key=" + apiKey)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(512 * 1024))
                .build();
    }
}
