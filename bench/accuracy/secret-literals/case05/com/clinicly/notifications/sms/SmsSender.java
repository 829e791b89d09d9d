package com.clinicly.notifications.sms;

public interface SmsSender {

    void send(String to, String body);
}
