// Settings of the notification API and the source of its access tokens.
package httpclients.case15;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "notifications.api")
public record NotificationApiSettings(String baseUrl, Duration connectTimeout) {
}

interface AccessTokenSource {

    String currentToken();
}
