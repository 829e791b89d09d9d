package com.eventmesh.webhooks.relay;

public interface WebhookSender {

    /**
     * Posts the delivery and returns the HTTP status the endpoint answered with.
     */
    int send(WebhookDelivery delivery);
}
