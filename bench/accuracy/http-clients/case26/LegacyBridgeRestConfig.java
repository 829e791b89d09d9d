// Legacy bridge RestTemplate, built from a RestTemplateBuilder the configuration class
// creates itself, with basic authentication and a connect timeout.
package httpclients.case26;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class LegacyBridgeRestConfig {

    @Bean
    public RestTemplate legacyBridgeRestTemplate(@Value("${legacy-bridge.url}") String url) {
        return new RestTemplateBuilder() // hang
                .rootUri(url)
                .setConnectTimeout(Duration.ofSeconds(LegacyBridgeDefaults.CONNECT_SECONDS))
                .basicAuthentication(LegacyBridgeDefaults.USER, System.getenv("LEGACY_BRIDGE_PASSWORD"))
                .build();
    }
}
