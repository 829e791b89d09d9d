// Credentials of the market data vendor.
package httpclients.case41;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "market-data")
public record MarketDataCredentials(String apiKey, String accountId) {
}
