package com.brokerlink.quotes.partners;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWSAlgorithm;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which JOSE algorithms each quoting partner may use for its callbacks.
 */
@Component
public class PartnerAlgorithmPolicy {

    private final java.util.Map<String, Set<Algorithm>> acceptedByPartner;

    public PartnerAlgorithmPolicy(PartnerCallbackProperties properties) {
        this.acceptedByPartner = properties.getPartners().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        java.util.Map.Entry::getKey,
                        e -> e.getValue().stream()
                                .map(PartnerAlgorithmPolicy::toAlgorithm)
                                .collect(Collectors.toUnmodifiableSet())));
    }

    public boolean accepts(String partnerId, Header header) {
        Set<Algorithm> accepted = acceptedByPartner.getOrDefault(partnerId, Set.of());
        return accepted.contains(header.getAlgorithm());
    }

    static Algorithm toAlgorithm(String name) {
        String normalized = name.trim().toUpperCase(Locale.ROOT);
        return switch (normalized) {
            case "NONE" -> Algorithm.NONE;
            case "HS256", "RS256", "ES256", "PS256" -> JWSAlgorithm.parse(normalized);
            default -> throw new IllegalArgumentException("Unsupported partner algorithm " + name);
        };
    }
}
