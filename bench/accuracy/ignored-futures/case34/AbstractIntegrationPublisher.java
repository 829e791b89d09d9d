// Base of the outbound ERP integrations: serialises a payload and sends it to a channel of
// the integration bus on the integration executor.
package ignoredfutures.case34;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.client.RestClient;

public abstract class AbstractIntegrationPublisher {

    private final RestClient busRestClient;
    private final ObjectMapper objectMapper;
    private final Executor integrationExecutor;

    protected AbstractIntegrationPublisher(RestClient busRestClient, ObjectMapper objectMapper,
                                           Executor integrationExecutor) {
        this.busRestClient = busRestClient;
        this.objectMapper = objectMapper;
        this.integrationExecutor = integrationExecutor;
    }

    protected CompletableFuture<Void> publishAsync(String channel, Object payload) {
        return CompletableFuture.runAsync(() -> send(channel, payload), integrationExecutor);
    }

    protected void send(String channel, Object payload) {
        try {
            busRestClient.post()
                    .uri("/channels/{channel}/messages", channel)
                    .header("X-Source", sourceSystem())
                    .body(objectMapper.writeValueAsString(payload))
                    .retrieve()
                    .toBodilessEntity();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload for " + channel + " is not serialisable", e);
        }
    }

    protected abstract String sourceSystem();
}
