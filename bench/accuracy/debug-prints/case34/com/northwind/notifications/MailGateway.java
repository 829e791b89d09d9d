package com.northwind.notifications;

public interface MailGateway {

    void send(String to, String subject, String textBody);
}
