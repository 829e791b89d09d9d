package opt.case12;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookRepository webhookRepository;
    private final HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WebhookDispatcher(WebhookRepository webhookRepository) {
        this.webhookRepository = webhookRepository;
    }

    public void dispatch(Long tenantId, String payload) {
        Optional<Webhook> hook = webhookRepository.findByTenantIdAndEnabledTrue(tenantId);
        if (!hook.isPresent()) return;
        Webhook webhook = hook.get();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.getTargetUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("X-Signature", Signatures.hmac(webhook.getSecret(), payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        httpClient.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> {
                    if (error != null) {
                        log.warn("Webhook {} failed", webhook.getId(), error);
                    }
                });
    }

    static final class Signatures {
        private Signatures() {
        }

        static String hmac(String secret, String payload) {
            return Integer.toHexString((secret + payload).hashCode());
        }
    }
}
