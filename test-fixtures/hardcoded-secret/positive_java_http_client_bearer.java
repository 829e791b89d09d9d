// A java.net.http client that adds an Authorization header holding a literal bearer token, built from a local variable holding the literal.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

public class SlackNotifier {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public void post(String channel, String text) throws IOException, InterruptedException {
        String body = """
                {"channel": "%s", "text": "%s"}
                """.formatted(channel, text);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://slack.example.com/api/chat.postMessage"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer xq7-1234567890-9876543210-Lk3Jh6Gf9Ds2Aq5Wz8Xc") // expect: hardcoded-secret "`Authorization`"
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    public CompletableFuture<Integer> ping() {
        String authorization = "Bearer Pn6Tr2Yw9Kd4Lf7Hs1Jx5Mq8Vb3Cz0Ge"; // expect: hardcoded-secret "`Authorization`"
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://slack.example.com/api/auth.test"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", authorization)
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
