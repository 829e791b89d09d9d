package com.notifyr.sms;

public class SmsDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SmsDeliveryException(String message) {
        super(message);
    }

    public SmsDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
