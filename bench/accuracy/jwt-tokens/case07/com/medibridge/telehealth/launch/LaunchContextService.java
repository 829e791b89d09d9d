package com.medibridge.telehealth.launch;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class LaunchContextService {

    private final EhrIntegrationProperties properties;
    private final EncounterRepository encounters;

    public LaunchContextService(EhrIntegrationProperties properties, EncounterRepository encounters) {
        this.properties = properties;
        this.encounters = encounters;
    }

    public Optional<LaunchContext> resolve(String launchToken) {
        Claims context;
        try {
            context = Jwts.parser()
                    .unsecured()
                    .requireIssuer(properties.ehrIssuer())
                    .build()
                    .parseUnsecuredClaims(launchToken)
                    .getPayload();
        } catch (JwtException ex) {
            return Optional.empty();
        }
        String patientId = context.get("patient", String.class);
        String encounterId = context.get("encounter", String.class);
        if (patientId == null || encounterId == null) {
            return Optional.empty();
        }
        return encounters.findOpenEncounter(patientId, encounterId)
                .map(encounter -> new LaunchContext(patientId, encounter.id(), context.getSubject(), Instant.now()));
    }

    public record LaunchContext(String patientId, String encounterId, String practitionerId, Instant startedAt) {
    }
}
