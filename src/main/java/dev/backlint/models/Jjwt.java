package dev.backlint.models;

import java.util.List;
import java.util.Set;

/** What backlint knows of jjwt (io.jsonwebtoken), 0.9 to 0.12: parsers, the keys they verify with, and what disables checks. */
public final class Jjwt {

    /** The class whose static methods start every parser and builder chain. */
    public static final String JWTS = "io.jsonwebtoken.Jwts";

    /** Parser types: 0.9's {@code JwtParser}, 0.10+'s {@code JwtParserBuilder}. */
    public static final List<String> PARSERS = List.of("io.jsonwebtoken.JwtParser", "io.jsonwebtoken.JwtParserBuilder");

    /** Parse methods that accept a token with no signature: the unsigned ones of every version. */
    public static final Set<String> UNSIGNED_PARSES = Set.of("parseClaimsJwt", "parsePlaintextJwt",
            "parseUnsecuredClaims", "parseUnsecuredContent");

    /** Parse methods that verify a signature when the parser has a key, and cannot when it has none. */
    public static final Set<String> PARSES = Set.of("parse", "parseClaimsJws", "parsePlaintextJws",
            "parseSignedClaims", "parseSignedContent", "parseContentJws");

    /** Parser settings that give it a key (or a way to find one) to verify with. */
    public static final Set<String> KEYS = Set.of("setSigningKey", "setSigningKeyResolver", "verifyWith", "keyLocator",
            "setKeyLocator", "decryptWith");

    /** The setting that makes a 0.12 parser accept unsecured tokens. */
    public static final String UNSECURED = "unsecured";

    /** Settings of the clock skew, in seconds, that an expiry check allows. */
    public static final Set<String> CLOCK_SKEWS = Set.of("setAllowedClockSkewSeconds", "clockSkewSeconds");

    /** The {@code none} algorithm: {@code SignatureAlgorithm.NONE}. */
    public static final String SIGNATURE_ALGORITHM = "io.jsonwebtoken.SignatureAlgorithm";

    private Jjwt() {
    }
}
