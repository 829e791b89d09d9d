package com.clinicly.scheduling.tenancy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.Claim;
import org.springframework.stereotype.Component;

@Component
public class TenantClaims {

    static final String CLINIC_CLAIM = "https://clinicly.app/clinic_id";

    public String clinicId(String authorizationHeader) {
        String token = authorizationHeader.startsWith("Bearer ")
                ? authorizationHeader.substring(7)
                : authorizationHeader;
        try {
            Claim clinic = JWT.decode(token).getClaim(CLINIC_CLAIM);
            return clinic.isMissing() || clinic.isNull() ? null : clinic.asString();
        } catch (JWTDecodeException ex) {
            return null;
        }
    }
}
