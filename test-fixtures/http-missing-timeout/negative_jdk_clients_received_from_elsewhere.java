// JDK clients the code does not create (a constructor parameter, a project factory interface) and requests with timeout sent on them.
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.stereotype.Service;

interface OutboundHttpClients {
    HttpClient forPartner(String partner);
}

@Service
class ClaimsSubmissionClient {

    private final HttpClient sharedClient;
    private final OutboundHttpClients clients;

    ClaimsSubmissionClient(HttpClient sharedClient, OutboundHttpClients clients) {
        this.sharedClient = sharedClient;
        this.clients = clients;
    }

    int submit(URI insurer, String claimJson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(insurer.resolve("/claims"))
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(claimJson))
                .build();
        return sharedClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String status(String partner, URI insurer, String claimId) throws IOException, InterruptedException {
        HttpClient client = clients.forPartner(partner);
        HttpRequest timed = HttpRequest.newBuilder(insurer.resolve("/claims/" + claimId)).timeout(Duration.ofSeconds(5)).build();
        return client.send(timed, HttpResponse.BodyHandlers.ofString()).body();
    }
}
