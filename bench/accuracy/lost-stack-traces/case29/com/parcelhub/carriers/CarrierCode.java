package com.parcelhub.carriers;

import java.util.Locale;

public enum CarrierCode {
    DHL, UPS, FEDEX, DPD, GLS, POSTNL;

    public static CarrierCode fromHeader(String value) {
        if (value == null || value.isBlank()) {
            throw new UnsupportedCarrierException("<missing>");
        }
        try {
            return CarrierCode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedCarrierException(value, e);
        }
    }
}
