package com.openledger.aggregation.consent;

import java.time.Instant;
import java.util.List;

public interface ConsentRepository {

    Consent save(Consent consent);

    record Consent(String consentId, String bankCode, String customerRef, List<String> accountIds, Instant expiresAt) {
    }
}
