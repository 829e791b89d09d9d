// Order summaries from the commerce GraphQL endpoint over the JDK HttpClient: a helper
// returns a request builder with the timeout set, the query method adds a header and body.
package httpclients.case21;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class OrderSummaryGraphQlClient {

    private final HttpClient client;
    private final URI endpoint;
    private final Duration requestTimeout;

    public OrderSummaryGraphQlClient(@Value("${commerce.graphql-url}") URI endpoint,
                                     @Value("${commerce.connect-timeout:PT2S}") Duration connectTimeout,
                                     @Value("${commerce.request-timeout:PT6S}") Duration requestTimeout) {
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    public String fetchOrderSummary(String orderId) throws IOException, InterruptedException {
        String body = """
                {"query": "query($id: ID!) { order(id: $id) { id status total } }", "variables": {"id": "%s"}}
                """.formatted(orderId);
        HttpRequest request = graphQlRequest()
                .header("X-Request-Id", UUID.randomUUID().toString())
                .POST(BodyPublishers.ofString(body))
                .build();
        return client.send(request, BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder graphQlRequest() {
        return HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json");
    }
}
