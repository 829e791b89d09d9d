package com.peoplehub.referrals;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ReferralService {

    private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

    private final AccountRepository accounts;

    public ReferralService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * Credits the referrer named on the sign-up form, if the code given belongs to them.
     */
    @Transactional
    public boolean creditReferrer(String referrerEmail, String submittedCode) {
        String code = submittedCode.trim().toUpperCase(Locale.ROOT);
        Account referrer = accounts.findByEmailIgnoreCase(referrerEmail).orElse(null);
        if (referrer == null) {
            return false;
        }
        boolean matches = referrer.getReferralCode()
                .map(own -> own.equals(code))
                .orElse(false);
        if (!matches) {
            log.info("Referral code {} does not belong to {}", code, referrerEmail);
            return false;
        }
        referrer.addReferralCredit();
        return true;
    }
}
