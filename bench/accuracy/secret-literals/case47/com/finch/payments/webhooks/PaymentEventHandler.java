package com.finch.payments.webhooks;

public interface PaymentEventHandler {

    void handle(String payload);
}
