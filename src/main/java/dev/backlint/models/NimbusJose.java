package dev.backlint.models;

import java.util.Set;

/** What backlint knows of Nimbus JOSE + JWT (com.nimbusds): parsing, verifying, processing and {@code Algorithm.NONE}. */
public final class NimbusJose {

    /** An unsecured JWT: what its {@code parse} returns has no signature to check. */
    public static final String PLAIN_JWT = "com.nimbusds.jwt.PlainJWT";

    /** Parsers of secured or unsecured JWTs, whose signatures are checked only when asked. */
    public static final Set<String> PARSERS = Set.of("com.nimbusds.jwt.JWTParser", "com.nimbusds.jwt.SignedJWT",
            "com.nimbusds.jwt.EncryptedJWT");

    /** {@code Algorithm.NONE}. */
    public static final String ALGORITHM = "com.nimbusds.jose.Algorithm";

    /** Calls that read a parsed token's claims. */
    public static final Set<String> CLAIM_READS = Set.of("getJWTClaimsSet", "getPayload");

    /** Calls that check a token: a JWS's {@code verify(verifier)} and a processor's {@code process(token, context)}. */
    public static final Set<String> CHECKS = Set.of("verify", "process");

    private NimbusJose() {
    }
}
