package com.tidewater.partners.feed;

import org.springframework.stereotype.Component;

import java.util.Locale;

@Component
public class CarrierCodeMapper {

    public Carrier fromPartnerCode(String code) {
        if (code == null || code.isBlank()) {
            return Carrier.UNKNOWN;
        }
        return switch (code.trim().toUpperCase(Locale.ROOT)) {
            case "UPS", "UPSN" -> Carrier.UPS;
            case "FDX", "FDXG", "FEDEX" -> Carrier.FEDEX;
            case "DHL", "DHLX", "DHLE" -> Carrier.DHL;
            case "USPS", "USPO" -> Carrier.USPS;
            case "CP", "CANPAR" -> Carrier.CANADA_POST;
            default -> {
                System.err.println("Unknown carrier code from partner feed: " + code);
                yield Carrier.UNKNOWN;
            }
        };
    }
}
