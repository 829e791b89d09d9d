package com.telco.sms.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class BulkSmsSender {

    private static final Logger log = LoggerFactory.getLogger(BulkSmsSender.class);
    private static final int BATCH_SIZE = 50;

    private final SmsGateway gateway;
    private final Duration throttle;

    public BulkSmsSender(SmsGateway gateway, @Value("${sms.batch-throttle:PT1S}") Duration throttle) {
        this.gateway = gateway;
        this.throttle = throttle;
    }

    public int sendCampaign(String campaignId, List<SmsMessage> messages) {
        int accepted = 0;
        for (List<SmsMessage> batch : partition(messages)) {
            accepted += gateway.sendBatch(campaignId, batch);
            pause(throttle.toMillis());
        }
        log.info("Campaign {}: {} of {} messages accepted", campaignId, accepted, messages.size());
        return accepted;
    }

    private static List<List<SmsMessage>> partition(List<SmsMessage> messages) {
        List<List<SmsMessage>> batches = new ArrayList<>();
        for (int from = 0; from < messages.size(); from += BATCH_SIZE) {
            batches.add(messages.subList(from, Math.min(from + BATCH_SIZE, messages.size())));
        }
        return batches;
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
        }
    }
}
