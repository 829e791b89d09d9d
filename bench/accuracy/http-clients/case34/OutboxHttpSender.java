// Outbox relay: the event serializers prepare the HTTP requests and hand them to this sender,
// which owns the JDK client.
package httpclients.case34;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class OutboxHttpSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxHttpSender.class);

    private final HttpClient client;

    public OutboxHttpSender(@Value("${outbox.connect-timeout:PT2S}") Duration connectTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .executor(Executors.newFixedThreadPool(4))
                .build();
    }

    public boolean deliver(OutboxEntry entry, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<Void> response = client.send(request, BodyHandlers.discarding());
        boolean delivered = response.statusCode() / 100 == 2;
        if (!delivered) {
            log.warn("outbox entry {} rejected with {}", entry.id(), response.statusCode());
        }
        return delivered;
    }

    public record OutboxEntry(long id, String aggregateType, int attempts) {
    }
}
