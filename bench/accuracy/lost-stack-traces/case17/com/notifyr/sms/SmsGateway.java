package com.notifyr.sms;

import java.io.IOException;

public interface SmsGateway {

    /**
     * Submits a message and returns the provider's message id.
     */
    String submit(String phoneNumber, String text) throws IOException;
}
