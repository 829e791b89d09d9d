package com.northpeak.catalog.sku;

import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
public class SkuFormat {

    static final int MIN_LENGTH = 6;
    static final int MAX_LENGTH = 20;

    public String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    public boolean isValid(String raw) {
        String sku = normalize(raw);
        if (sku == null || sku.length() < MIN_LENGTH || sku.length() > MAX_LENGTH) {
            return false;
        }
        if (!Character.isLetter(sku.charAt(0))) {
            return false;
        }
        for (int i = 0; i < sku.length() - 1; i++) {
            char c = sku.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }
}
