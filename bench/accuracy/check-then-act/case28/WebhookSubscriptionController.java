// Partner webhook subscriptions: partners register a callback URL for event types and list
// or remove their subscriptions.
package checkthenact.case28;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/partner/webhooks")
public class WebhookSubscriptionController {

    private final WebhookSubscriptionRegistry registry;

    public WebhookSubscriptionController(WebhookSubscriptionRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    public ResponseEntity<WebhookSubscriptionRegistry.Subscription> subscribe(
            @AuthenticationPrincipal Jwt partner, @RequestBody SubscribeRequest request) {
        var subscription = registry.subscribe(partner.getSubject(), request.callbackUrl(), request.eventTypes());
        return ResponseEntity.created(URI.create("/partner/webhooks/" + subscription.id())).body(subscription);
    }

    @GetMapping
    public List<WebhookSubscriptionRegistry.Subscription> list(@AuthenticationPrincipal Jwt partner) {
        return registry.ofPartner(partner.getSubject());
    }

    @DeleteMapping
    public void unsubscribe(@AuthenticationPrincipal Jwt partner, @RequestParam URI callbackUrl) {
        registry.unsubscribe(partner.getSubject(), callbackUrl);
    }

    public record SubscribeRequest(URI callbackUrl, Set<String> eventTypes) {
    }
}
