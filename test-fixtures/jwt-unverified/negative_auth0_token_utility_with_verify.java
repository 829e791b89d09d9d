// A token utility whose getUsername decodes to find the user whose secret then verifies the token, as its callers do: the claim picks the key.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Map;

final class ShiroJwtTokens {

    private ShiroJwtTokens() {
    }

    static boolean verify(String token, String username, String secret) {
        try {
            JWTVerifier verifier = JWT.require(Algorithm.HMAC256(secret)).withClaim("username", username).build();
            verifier.verify(token);
            return true;
        } catch (JWTVerificationException e) {
            return false;
        }
    }

    static String getUsername(String token) {
        DecodedJWT jwt = JWT.decode(token);
        return jwt.getClaim("username").asString();
    }
}

class ShiroTokenRealm {

    private final Map<String, String> secretsByUser;

    ShiroTokenRealm(Map<String, String> secretsByUser) {
        this.secretsByUser = secretsByUser;
    }

    String authenticate(String token) {
        String username = ShiroJwtTokens.getUsername(token);
        String secret = secretsByUser.get(username);
        if (secret == null || !ShiroJwtTokens.verify(token, username, secret)) {
            throw new IllegalArgumentException("invalid token");
        }
        return username;
    }
}
