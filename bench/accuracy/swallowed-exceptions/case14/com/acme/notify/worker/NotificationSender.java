package com.acme.notify.worker;

public interface NotificationSender {

    void send(Notification notification);
}
