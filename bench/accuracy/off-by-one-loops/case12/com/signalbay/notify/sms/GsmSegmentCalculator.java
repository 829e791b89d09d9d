package com.signalbay.notify.sms;

import org.springframework.stereotype.Component;

@Component
public class GsmSegmentCalculator {

    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENDED = "^{}\\[~]|€\f";

    private static final int SINGLE_SEGMENT_SEPTETS = 160;
    private static final int MULTI_SEGMENT_SEPTETS = 153;

    public int septets(String text) {
        int septets = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = text.charAt(i);
            if (EXTENDED.indexOf(c) >= 0) {
                septets += 2;
            } else if (BASIC.indexOf(c) >= 0) {
                septets++;
            } else {
                throw new UnsupportedCharacterException(c);
            }
        }
        return septets;
    }

    public int segments(String text) {
        int septets = septets(text);
        if (septets <= SINGLE_SEGMENT_SEPTETS) {
            return 1;
        }
        return (septets + MULTI_SEGMENT_SEPTETS - 1) / MULTI_SEGMENT_SEPTETS;
    }
}
