package com.telco.sms.outbound;

import java.util.List;

public interface SmsGateway {

    /** Submits a batch and returns how many messages the provider accepted. */
    int sendBatch(String campaignId, List<SmsMessage> batch);
}
