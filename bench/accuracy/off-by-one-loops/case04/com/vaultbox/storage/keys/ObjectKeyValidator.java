package com.vaultbox.storage.keys;

import org.springframework.stereotype.Component;

@Component
public class ObjectKeyValidator {

    private static final int MAX_KEY_LENGTH = 1024;
    private static final String ALLOWED_PUNCTUATION = "-_./!*'()";

    public String validate(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidObjectKeyException(String.valueOf(key), "empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new InvalidObjectKeyException(key, "longer than " + MAX_KEY_LENGTH + " characters");
        }
        if (key.startsWith("/")) {
            throw new InvalidObjectKeyException(key, "absolute path");
        }
        for (int i = 0; i < key.length() - 1; i++) {
            if (key.charAt(i) == '.' && key.charAt(i + 1) == '.') {
                throw new InvalidObjectKeyException(key, "parent directory reference");
            }
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c) && ALLOWED_PUNCTUATION.indexOf(c) < 0) {
                throw new InvalidObjectKeyException(key, "character '" + c + "' not allowed");
            }
        }
        return key;
    }
}
