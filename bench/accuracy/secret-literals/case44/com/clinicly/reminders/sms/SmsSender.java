package com.clinicly.reminders.sms;

public interface SmsSender {

    void send(String to, String body);
}
