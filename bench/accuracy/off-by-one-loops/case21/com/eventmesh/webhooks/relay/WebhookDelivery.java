package com.eventmesh.webhooks.relay;

import java.net.URI;

public record WebhookDelivery(String deliveryId, URI endpoint, String eventType, String body, int attempt) {
}
