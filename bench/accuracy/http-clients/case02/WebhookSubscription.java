// A partner's webhook subscription as stored by the subscription registry.
package httpclients.case02;

public record WebhookSubscription(String partnerId, String callbackUrl, String secret, DeliveryMode mode) {

    public enum DeliveryMode {
        CREATE, REPLACE, PATCH
    }
}
