package com.procurio.partners.api;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

@Provider
@Priority(Priorities.AUTHENTICATION)
public class PartnerAuthFilter implements ContainerRequestFilter {

    static final String PARTNER_ID = "partner.id";

    @Inject
    PartnerKeyRegistry keyRegistry;

    @Override
    public void filter(ContainerRequestContext requestContext) {
        String header = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer ")) {
            requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        String token = header.substring(7);
        try {
            String keyId = JWT.decode(token).getKeyId();
            Optional<RSAPublicKey> key = keyRegistry.activeKey(keyId);
            if (key.isEmpty()) {
                requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
                return;
            }
            DecodedJWT jwt = JWT.require(Algorithm.RSA256(key.get(), null))
                    .withAudience("procurio-partner-api")
                    .build()
                    .verify(token);
            requestContext.setProperty(PARTNER_ID, jwt.getClaim("partner_id").asString());
        } catch (JWTVerificationException ex) {
            requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .entity("invalid partner token")
                    .build());
        }
    }
}
