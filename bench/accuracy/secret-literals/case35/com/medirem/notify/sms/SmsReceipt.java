package com.medirem.notify.sms;

public record SmsReceipt(String messageId, String status, int segments) {
}
