package com.textwave.messaging.sms;

import org.springframework.stereotype.Component;

@Component
public class SmsLengthCalculator {

    private static final String GSM_EXTENSION = "^{}\\[~]|€";

    public enum Encoding { GSM7, UCS2 }

    public record SmsLength(Encoding encoding, int units, int segments) {
    }

    public SmsLength measure(String text) {
        int septets = 0;
        boolean ucs2 = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && "£¥èéùìòÇØøÅåÆæßÉÄÖÑÜäöñüà§¿¡".indexOf(c) < 0) {
                ucs2 = true;
            }
            septets += GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1;
        }
        if (ucs2) {
            int units = text.length();
            return new SmsLength(Encoding.UCS2, units, units <= 70 ? 1 : (units + 66) / 67);
        }
        return new SmsLength(Encoding.GSM7, septets, septets <= 160 ? 1 : (septets + 152) / 153);
    }
}
