// JDK requests without timeout whose asynchronous send is bounded on the future with orTimeout, on a client with connectTimeout.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;

@Service
class AvatarFetcher {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    CompletableFuture<byte[]> avatar(URI avatarService, String userId) {
        HttpRequest request = HttpRequest.newBuilder(avatarService.resolve("/avatars/" + userId)).GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(3, TimeUnit.SECONDS)
                .thenApply(HttpResponse::body);
    }

    CompletableFuture<Integer> warmUp(URI avatarService) {
        var request = HttpRequest.newBuilder(avatarService.resolve("/warm-up")).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode)
                .orTimeout(10, TimeUnit.SECONDS);
    }
}
