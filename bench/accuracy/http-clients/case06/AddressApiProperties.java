// Settings of the address validation API, bound from application.yml.
package httpclients.case06;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "address-api")
public record AddressApiProperties(String baseUrl, Duration connectTimeout, Duration requestTimeout) {
}
