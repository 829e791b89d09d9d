package com.pingwell.notifications.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
public class SubscriberTokenValidator {

    private final ConfigurableJWTProcessor<SecurityContext> processor;

    public SubscriberTokenValidator(NotificationAuthProperties properties) throws MalformedURLException {
        JWKSource<SecurityContext> keySource = JWKSourceBuilder
                .<SecurityContext>create(URI.create(properties.jwksUri()).toURL())
                .retrying(true)
                .build();
        DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
        jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySource));
        jwtProcessor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(properties.issuer()).build(),
                Set.of("sub", "exp")));
        this.processor = jwtProcessor;
    }

    public Subscriber validate(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String channel = claims.getStringClaim("channel");
            return new Subscriber(claims.getSubject(), channel == null ? "email" : channel);
        } catch (ParseException | BadJOSEException | JOSEException ex) {
            throw new InvalidSubscriberTokenException(ex.getMessage());
        }
    }

    public record Subscriber(String subscriberId, String preferredChannel) {
    }

    public static class InvalidSubscriberTokenException extends RuntimeException {
        public InvalidSubscriberTokenException(String message) {
            super(message);
        }
    }
}
