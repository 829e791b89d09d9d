package dev.backlint.models;

import java.util.Set;

/** What backlint knows of auth0's java-jwt (com.auth0.jwt): decoding, verifying, leeways and {@code Algorithm.none()}. */
public final class Auth0Jwt {

    /** {@code JWT.decode(token)} and {@code JWT.require(algorithm)}. */
    public static final String JWT = "com.auth0.jwt.JWT";

    public static final String ALGORITHM = "com.auth0.jwt.algorithms.Algorithm";

    /** The builder of a verifier. */
    public static final String VERIFICATION = "com.auth0.jwt.interfaces.Verification";

    /** Settings of a verifier's leeway, in seconds. */
    public static final Set<String> LEEWAYS = Set.of("acceptLeeway", "acceptExpiresAt");

    /** Methods of a decoded token that read its header, not its claims: reading them before verifying is how keys are chosen. */
    public static final Set<String> HEADER_READS = Set.of("getKeyId", "getAlgorithm", "getType", "getContentType",
            "getHeader", "getHeaderClaim", "getToken", "getSignature");

    private Auth0Jwt() {
    }
}
