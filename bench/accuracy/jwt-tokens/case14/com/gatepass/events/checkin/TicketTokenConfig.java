package com.gatepass.events.checkin;

import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TicketTokenConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JwtParser ticketParser(@Value("${gatepass.tickets.public-key}") String publicKeyBase64)
            throws GeneralSecurityException {
        PublicKey publicKey = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
        return Jwts.parser()
                .verifyWith(publicKey)
                .requireIssuer("gatepass-box-office")
                .clockSkewSeconds(TimeUnit.MINUTES.toSeconds(5))
                .build();
    }
}
