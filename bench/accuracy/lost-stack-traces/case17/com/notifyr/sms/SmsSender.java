package com.notifyr.sms;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);
    private static final int MAX_ATTEMPTS = 3;

    private final SmsGateway gateway;

    public SmsSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    public String send(String phone, String text) {
        if (text.length() > 459) {
            throw new IllegalArgumentException("Message too long for three SMS segments");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.submit(phone, text);
            } catch (IOException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new SmsDeliveryException("Giving up on " + mask(phone) + " after " + attempt + " attempts");
                }
                log.info("SMS to {} failed on attempt {}, retrying", mask(phone), attempt);
                backOff(attempt);
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(250L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String mask(String phone) {
        return phone.length() <= 4 ? "****" : "****" + phone.substring(phone.length() - 4);
    }
}
