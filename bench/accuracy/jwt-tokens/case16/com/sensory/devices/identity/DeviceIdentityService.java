package com.sensory.devices.identity;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class DeviceIdentityService {

    private final Map<String, JWTVerifier> verifiersByIssuer;
    private final DeviceRegistry registry;

    public DeviceIdentityService(TrustedIssuers trustedIssuers, DeviceRegistry registry) {
        this.verifiersByIssuer = trustedIssuers.verifiers();
        this.registry = registry;
    }

    public DeviceRegistry.Device authenticate(String deviceToken) {
        DecodedJWT jwt = JWT.decode(deviceToken);
        JWTVerifier verifier = verifiersByIssuer.get(jwt.getIssuer());
        if (verifier == null) {
            throw new DeviceAuthenticationException("Untrusted issuer " + jwt.getIssuer());
        }
        try {
            verifier.verify(jwt);
        } catch (JWTVerificationException ex) {
            throw new DeviceAuthenticationException("Device token rejected: " + ex.getMessage());
        }
        String serial = jwt.getClaim("serial").asString();
        return registry.findBySerial(serial)
                .filter(device -> device.firmware().equals(jwt.getClaim("fw").asString()) || device.allowFirmwareDrift())
                .orElseThrow(() -> new DeviceAuthenticationException("Unknown device " + serial));
    }

    public static class DeviceAuthenticationException extends RuntimeException {
        public DeviceAuthenticationException(String message) {
            super(message);
        }
    }
}
