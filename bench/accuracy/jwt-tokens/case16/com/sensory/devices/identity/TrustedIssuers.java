package com.sensory.devices.identity;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import java.security.interfaces.ECPublicKey;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

@Component
public class TrustedIssuers {

    private final Map<String, ECPublicKey> factoryKeys;

    public TrustedIssuers(FactoryKeyStore keyStore) {
        this.factoryKeys = keyStore.loadFactoryKeys();
    }

    public Map<String, JWTVerifier> verifiers() {
        return factoryKeys.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> JWT.require(Algorithm.ECDSA256(e.getValue(), null))
                                .withIssuer(e.getKey())
                                .acceptLeeway(120)
                                .build()));
    }

    public interface FactoryKeyStore {
        Map<String, ECPublicKey> loadFactoryKeys();
    }
}
