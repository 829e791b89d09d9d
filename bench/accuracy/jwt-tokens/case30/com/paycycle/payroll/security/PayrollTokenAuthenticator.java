package com.paycycle.payroll.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import java.text.ParseException;
import org.springframework.stereotype.Component;

@Component
public class PayrollTokenAuthenticator {

    private final TenantProcessors tenantProcessors;

    public PayrollTokenAuthenticator(TenantProcessors tenantProcessors) {
        this.tenantProcessors = tenantProcessors;
    }

    public PayrollPrincipal authenticate(String token) {
        try {
            SignedJWT signed = SignedJWT.parse(token);
            String keyId = signed.getHeader().getKeyID();
            ConfigurableJWTProcessor<SecurityContext> processor = tenantProcessors.forKeyId(keyId)
                    .orElseThrow(() -> new PayrollAuthException("Unknown signing key " + keyId));
            JWTClaimsSet claims = processor.process(signed, null);
            return new PayrollPrincipal(
                    claims.getSubject(),
                    claims.getStringClaim("employer_id"),
                    Boolean.TRUE.equals(claims.getBooleanClaim("payroll_admin")));
        } catch (ParseException | BadJOSEException | JOSEException ex) {
            throw new PayrollAuthException("Token rejected: " + ex.getMessage());
        }
    }

    public record PayrollPrincipal(String userId, String employerId, boolean payrollAdmin) {
    }

    public static class PayrollAuthException extends RuntimeException {
        public PayrollAuthException(String message) {
            super(message);
        }
    }
}
