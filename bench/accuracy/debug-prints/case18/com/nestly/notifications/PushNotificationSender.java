package com.nestly.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

import java.util.List;

@Service
public class PushNotificationSender {

    private static final Logger log = LoggerFactory.getLogger(PushNotificationSender.class);

    private final PushGateway gateway;

    public PushNotificationSender(PushGateway gateway) {
        this.gateway = gateway;
    }

    @Async
    public void notifyHousehold(long householdId, List<String> deviceTokens, String title, String body) {
        for (String token : deviceTokens) {
            gateway.send(token, title, body);
        }
        log.debug("Sent '{}' to {} devices of household {}", title, deviceTokens.size(), householdId);
    }
}
