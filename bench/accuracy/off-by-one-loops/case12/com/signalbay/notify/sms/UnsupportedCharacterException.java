package com.signalbay.notify.sms;

public class UnsupportedCharacterException extends IllegalArgumentException {

    public UnsupportedCharacterException(char c) {
        super(String.format("Character U+%04X cannot be sent in the GSM 7-bit alphabet", (int) c));
    }
}
