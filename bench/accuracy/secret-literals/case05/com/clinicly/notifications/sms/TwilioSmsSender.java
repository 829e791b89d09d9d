package com.clinicly.notifications.sms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

@Component
public class TwilioSmsSender implements SmsSender {

    private final RestClient restClient;
    private final String fromNumber;

    public TwilioSmsSender(
            @Value("${notifications.twilio.account-sid}") String accountSid,
            @Value("${notifications.twilio.auth-token:9f2b7c4e1a8d6f3b0c5e7a9d2f4b6c8e}") String authToken,
            @Value("${notifications.twilio.from-number:+15005550006}") String fromNumber) {
        this.fromNumber = fromNumber;
        this.restClient = RestClient.builder()
                .baseUrl("https://api.twilio.com/2010-04-01/Accounts/" + accountSid)
                .defaultHeaders(headers -> headers.setBasicAuth(accountSid, authToken))
                .build();
    }

    @Override
    public void send(String to, String body) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", to);
        form.add("From", fromNumber);
        form.add("Body", body);
        restClient.post()
                .uri("/Messages.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toBodilessEntity();
    }
}
