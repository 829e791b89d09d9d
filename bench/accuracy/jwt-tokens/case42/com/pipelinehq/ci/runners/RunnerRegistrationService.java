package com.pipelinehq.ci.runners;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.Date;
import org.springframework.stereotype.Service;

@Service
public class RunnerRegistrationService {

    private final JWSVerifier registrationVerifier;
    private final RunnerRepository runners;

    public RunnerRegistrationService(ECPublicKey registrationKey, RunnerRepository runners) throws JOSEException {
        this.registrationVerifier = new ECDSAVerifier(registrationKey);
        this.runners = runners;
    }

    public RunnerRepository.Runner register(String registrationToken, String hostname) {
        JWTClaimsSet claims;
        try {
            JWT parsed = JWTParser.parse(registrationToken);
            if (!(parsed instanceof SignedJWT signed) || !signed.verify(registrationVerifier)) {
                throw new RegistrationRejectedException("Registration token is not signed by the control plane");
            }
            claims = signed.getJWTClaimsSet();
        } catch (ParseException | JOSEException ex) {
            throw new RegistrationRejectedException("Unreadable registration token");
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || expires.before(new Date())) {
            throw new RegistrationRejectedException("Registration token expired");
        }
        String project = (String) claims.getClaim("project");
        return runners.save(new RunnerRepository.Runner(null, project, hostname, claims.getJWTID()));
    }

    public static class RegistrationRejectedException extends RuntimeException {
        public RegistrationRejectedException(String message) {
            super(message);
        }
    }
}
