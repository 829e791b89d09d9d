package com.devhub.portal.tokens;

import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PersonalAccessTokenService {

    private static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
    private static final Duration MAX_LIFETIME = Duration.ofDays(365);

    private final TokenSigningKeys signingKeys;
    private final AccessTokenRepository repository;
    private final Clock clock;

    public PersonalAccessTokenService(TokenSigningKeys signingKeys, AccessTokenRepository repository, Clock clock) {
        this.signingKeys = signingKeys;
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken create(String developerId, String label, List<String> scopes, Duration requestedLifetime) {
        Duration lifetime = requestedLifetime == null ? DEFAULT_LIFETIME : requestedLifetime;
        if (lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("Token lifetime exceeds one year");
        }
        Instant now = clock.instant();
        String tokenId = UUID.randomUUID().toString();
        TokenSigningKeys.ActiveKey key = signingKeys.active();
        String compact = Jwts.builder()
                .header().keyId(key.keyId()).and()
                .id(tokenId)
                .issuer("https://devhub.example.com")
                .subject(developerId)
                .claim("scp", scopes)
                .claim("label", label)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .signWith(key.secretKey(), Jwts.SIG.HS512)
                .compact();
        repository.save(new AccessTokenRepository.TokenRecord(tokenId, developerId, label, now.plus(lifetime)));
        return new IssuedToken(tokenId, compact, now.plus(lifetime));
    }

    public record IssuedToken(String id, String token, Instant expiresAt) {
    }
}
