// Registry of partner webhook subscriptions, one per callback URL, with a signing secret that
// is generated when the subscription is created.
package checkthenact.case28;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

@Component
public class WebhookSubscriptionRegistry {

    private final ConcurrentMap<URI, Subscription> byCallback = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public Subscription subscribe(String partnerId, URI callbackUrl, Set<String> eventTypes) {
        if (!byCallback.containsKey(callbackUrl)) { // race
            var secret = new byte[32];
            random.nextBytes(secret);
            byCallback.put(callbackUrl, new Subscription(UUID.randomUUID(), partnerId, callbackUrl,
                    Set.copyOf(eventTypes), HexFormat.of().formatHex(secret)));
        }
        return byCallback.get(callbackUrl);
    }

    public List<Subscription> ofPartner(String partnerId) {
        return byCallback.values().stream().filter(s -> s.partnerId().equals(partnerId)).toList();
    }

    public void unsubscribe(String partnerId, URI callbackUrl) {
        byCallback.computeIfPresent(callbackUrl, (url, s) -> s.partnerId().equals(partnerId) ? null : s);
    }

    public record Subscription(UUID id, String partnerId, URI callbackUrl, Set<String> eventTypes, String signingSecret) {
    }
}
