package com.mailroom.campaigns;

public interface MailGateway {

    void send(String to, String subject, String htmlBody);
}
