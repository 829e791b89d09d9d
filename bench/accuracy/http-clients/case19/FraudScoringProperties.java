// Settings of the fraud scoring service client.
package httpclients.case19;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "fraud-scoring")
public record FraudScoringProperties(String baseUrl, Duration connectTimeout, Duration readTimeout,
                                     Duration writeTimeout) {
}
