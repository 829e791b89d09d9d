package com.telco.sms.outbound;

public record SmsMessage(String msisdn, String text) {
}
