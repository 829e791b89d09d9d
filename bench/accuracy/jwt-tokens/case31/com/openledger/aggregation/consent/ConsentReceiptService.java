package com.openledger.aggregation.consent;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.Jwts;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ConsentReceiptService {

    private final BankRegistry banks;
    private final ConsentRepository consents;

    public ConsentReceiptService(BankRegistry banks, ConsentRepository consents) {
        this.banks = banks;
        this.consents = consents;
    }

    public ConsentRepository.Consent accept(String bankCode, String consentReceipt) {
        BankRegistry.Bank bank = banks.byCode(bankCode);

        JwtParserBuilder builder = Jwts.parser()
                .requireIssuer(bank.issuer())
                .clockSkewSeconds(60);
        builder.verifyWith(bank.receiptSigningKey());
        if (bank.audience() != null) {
            builder.requireAudience(bank.audience());
        }

        Claims receipt;
        try {
            receipt = builder.build().parseSignedClaims(consentReceipt).getPayload();
        } catch (JwtException ex) {
            throw new IllegalArgumentException("Consent receipt from " + bankCode + " rejected", ex);
        }
        @SuppressWarnings("unchecked")
        List<String> accounts = receipt.get("accounts", List.class);
        Instant expires = receipt.getExpiration().toInstant();
        return consents.save(new ConsentRepository.Consent(receipt.getId(), bankCode, receipt.getSubject(), accounts, expires));
    }
}
