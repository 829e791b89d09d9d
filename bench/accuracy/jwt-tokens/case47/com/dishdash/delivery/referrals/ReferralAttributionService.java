package com.dishdash.delivery.referrals;

import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReferralAttributionService {

    static final String REFERRAL_COOKIE = "dd_ref";

    private final ReferralLedger ledger;

    public ReferralAttributionService(ReferralLedger ledger) {
        this.ledger = ledger;
    }

    @Transactional
    public Optional<Long> attributeFirstOrder(long customerId, long orderId, String referralCookie) {
        if (referralCookie == null || ledger.hasAttribution(customerId)) {
            return Optional.empty();
        }
        String referrer;
        try {
            byte[] content = Jwts.parser().unsecured().build().parseUnsecuredContent(referralCookie).getPayload();
            referrer = new String(content, StandardCharsets.UTF_8).trim();
        } catch (JwtException | IllegalArgumentException ex) {
            return Optional.empty();
        }
        long referrerId;
        try {
            referrerId = Long.parseLong(referrer);
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
        if (referrerId == customerId) {
            return Optional.empty();
        }
        ledger.creditReferral(referrerId, customerId, orderId);
        return Optional.of(referrerId);
    }

    public interface ReferralLedger {
        boolean hasAttribution(long customerId);

        void creditReferral(long referrerId, long referredCustomerId, long orderId);
    }
}
