package com.salesgrid.crm.sso;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.stereotype.Service;

@Service
public class SsoLoginService {

    private final TokenEndpointClient tokenEndpoint;
    private final CrmUserRepository users;

    public SsoLoginService(TokenEndpointClient tokenEndpoint, CrmUserRepository users) {
        this.tokenEndpoint = tokenEndpoint;
        this.users = users;
    }

    public CrmUserRepository.CrmUser completeLogin(String authorizationCode, String expectedNonce) {
        TokenEndpointClient.TokenResponse response = tokenEndpoint.exchange(authorizationCode);
        try {
            JWT idToken = JWTParser.parse(response.idToken());
            JWTClaimsSet claims = idToken.getJWTClaimsSet();
            if (!expectedNonce.equals(claims.getStringClaim("nonce"))) {
                throw new SsoLoginException("Nonce mismatch");
            }
            String email = claims.getStringClaim("email");
            if (email == null) {
                throw new SsoLoginException("Identity provider did not release an email address");
            }
            String normalized = email.toLowerCase(Locale.ROOT);
            String displayName = claims.getStringClaim("name");
            return users.findByEmail(normalized)
                    .orElseGet(() -> users.provision(normalized, displayName));
        } catch (ParseException ex) {
            throw new SsoLoginException("Unreadable id_token");
        }
    }

    public static class SsoLoginException extends RuntimeException {
        public SsoLoginException(String message) {
            super(message);
        }
    }
}
