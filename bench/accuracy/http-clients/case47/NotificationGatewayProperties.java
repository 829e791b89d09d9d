// Settings of the notification gateway client.
package httpclients.case47;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "notification-gateway")
public record NotificationGatewayProperties(String baseUrl, boolean longPolling, Duration readTimeout) {
}
