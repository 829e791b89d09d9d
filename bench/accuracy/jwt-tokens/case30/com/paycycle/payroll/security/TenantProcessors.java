package com.paycycle.payroll.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class TenantProcessors {

    private final Map<String, ConfigurableJWTProcessor<SecurityContext>> byKeyId = new HashMap<>();

    public TenantProcessors(EmployerKeySets keySets) {
        keySets.all().forEach((employerId, jwkSet) -> {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(
                    new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwkSet)));
            jwkSet.getKeys().forEach(jwk -> byKeyId.put(jwk.getKeyID(), processor));
        });
    }

    public Optional<ConfigurableJWTProcessor<SecurityContext>> forKeyId(String keyId) {
        return Optional.ofNullable(keyId).map(byKeyId::get);
    }

    public interface EmployerKeySets {
        Map<String, JWKSet> all();
    }
}
