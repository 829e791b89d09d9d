package com.openledger.aggregation.consent;

import java.security.PublicKey;

public interface BankRegistry {

    Bank byCode(String bankCode);

    record Bank(String code, String issuer, String audience, PublicKey receiptSigningKey) {
    }
}
