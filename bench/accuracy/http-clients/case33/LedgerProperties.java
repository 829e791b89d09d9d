// Settings of the ledger service client.
package httpclients.case33;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "ledger")
public record LedgerProperties(String baseUrl, int connectTimeoutMillis, boolean wiretap) {
}
