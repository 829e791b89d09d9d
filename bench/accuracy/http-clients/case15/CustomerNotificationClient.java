// Customer notification API over the JDK HttpClient: a helper prepares authenticated request
// builders, the callers add the method and the body.
package httpclients.case15;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Service;

@Service
public class CustomerNotificationClient {

    private final HttpClient client;
    private final NotificationApiSettings settings;
    private final AccessTokenSource tokens;

    public CustomerNotificationClient(NotificationApiSettings settings, AccessTokenSource tokens) {
        this.settings = settings;
        this.tokens = tokens;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    public int sendSms(String phoneNumber, String text) throws IOException, InterruptedException {
        String body = """
                {"to": "%s", "text": "%s"}
                """.formatted(phoneNumber, text.replace("\"", "\\\""));
        HttpRequest request = authorized("/sms")
                .POST(BodyPublishers.ofString(body))
                .build();
        return client.send(request, BodyHandlers.discarding()).statusCode();
    }

    public CompletableFuture<Integer> sendEmail(String address, String templateId) {
        String body = """
                {"to": "%s", "template": "%s"}
                """.formatted(address, templateId);
        HttpRequest request = authorized("/email")
                .POST(BodyPublishers.ofString(body))
                .build();
        return client.sendAsync(request, BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path)) // hang
                .header("Authorization", "Bearer " + tokens.currentToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }
}
