// Payment capture over the JDK HttpClient: the request builder is kept in a local and its
// timeout depends on whether the capture is a retry carrying an idempotency key.
package httpclients.case09;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class PaymentCaptureClient {

    private final HttpClient httpClient;
    private final URI captureUri;

    public PaymentCaptureClient(@Value("${payments.capture-url}") URI captureUri) {
        this.captureUri = captureUri;
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    public int capture(String paymentId, long amountCents, String idempotencyKey)
            throws IOException, InterruptedException {
        String json = """
                {"paymentId": "%s", "amount": %d}
                """.formatted(paymentId, amountCents);
        HttpRequest.Builder builder = HttpRequest.newBuilder(captureUri)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey)
                    .timeout(Duration.ofSeconds(30));
        } else {
            builder.timeout(Duration.ofSeconds(8));
        }
        return httpClient.send(builder.build(), BodyHandlers.discarding()).statusCode();
    }
}
