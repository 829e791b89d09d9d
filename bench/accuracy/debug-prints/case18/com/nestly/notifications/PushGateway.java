package com.nestly.notifications;

public interface PushGateway {

    void send(String deviceToken, String title, String body);
}
