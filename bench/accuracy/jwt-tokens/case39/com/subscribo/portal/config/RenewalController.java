package com.subscribo.portal.config;

import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RenewalController {

    private final JWTVerifier portalTokenVerifier;
    private final RenewalOffers offers;

    public RenewalController(JWTVerifier portalTokenVerifier, RenewalOffers offers) {
        this.portalTokenVerifier = portalTokenVerifier;
        this.offers = offers;
    }

    @GetMapping("/renewal/offer")
    public ResponseEntity<RenewalOffers.Offer> offer(@RequestHeader("Authorization") String authorization) {
        DecodedJWT jwt;
        try {
            jwt = portalTokenVerifier.verify(authorization.replaceFirst("^Bearer ", ""));
        } catch (JWTVerificationException ex) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return ResponseEntity.ok(offers.forCustomer(jwt.getSubject(), jwt.getClaim("plan").asString()));
    }

    public interface RenewalOffers {
        Offer forCustomer(String customerId, String currentPlan);

        record Offer(String plan, long priceCents, String currency) {
        }
    }
}
