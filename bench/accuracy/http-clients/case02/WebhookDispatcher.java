// Webhook delivery over HttpURLConnection: the HTTP method comes from a switch expression,
// both socket timeouts are set before the request is written.
package httpclients.case02;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class WebhookDispatcher {

    private final int connectTimeoutMs;
    private final int readTimeoutMs;

    public WebhookDispatcher(@Value("${webhooks.connect-timeout-ms:2000}") int connectTimeoutMs,
                             @Value("${webhooks.read-timeout-ms:5000}") int readTimeoutMs) {
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
    }

    public int deliver(WebhookSubscription subscription, byte[] payload) throws IOException {
        URL target = URI.create(subscription.callbackUrl()).toURL();
        HttpURLConnection connection = (HttpURLConnection) target.openConnection();
        connection.setConnectTimeout(connectTimeoutMs);
        connection.setReadTimeout(readTimeoutMs);

        String method = switch (subscription.mode()) {
            case CREATE -> "POST";
            case REPLACE -> "PUT";
            case PATCH -> "POST";
        };
        connection.setRequestMethod(method);
        if (subscription.mode() == WebhookSubscription.DeliveryMode.PATCH) {
            connection.setRequestProperty("X-HTTP-Method-Override", "PATCH");
        }
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("X-Webhook-Secret", subscription.secret());
        connection.setDoOutput(true);

        try (OutputStream out = connection.getOutputStream()) {
            out.write(payload);
        }
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
