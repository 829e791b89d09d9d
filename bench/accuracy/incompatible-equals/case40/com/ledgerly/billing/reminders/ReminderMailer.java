package com.ledgerly.billing.reminders;

public interface ReminderMailer {

    void sendDueToday(String to, String invoiceNumber, String amount);
}
