// Settings of the Geo-IP provider.
package httpclients.case32;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "geoip")
public record GeoIpSettings(String baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout) {
}
