// A jjwt helper written against the deprecated string-key API: signWith(SignatureAlgorithm, "..") and setSigningKey("..".getBytes()).
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

public class LegacyJwtHelper {

    private static final long EXPIRATION_SECONDS = 3600;

    public String generate(String username, Map<String, Object> extraClaims) {
        return Jwts.builder()
                .claims(extraClaims)
                .subject(username)
                .expiration(new Date(System.currentTimeMillis() + EXPIRATION_SECONDS * 1000))
                .signWith(SignatureAlgorithm.HS512, "c2VjcmV0LWtleS1mb3Itand0LXNpZ25pbmctcHJvZC0yMDI0LWFiY2RlZmdoaWprbG1ub3A=") // expect: hardcoded-secret "`signWith`"
                .compact();
    }

    public String usernameOf(String token) {
        Claims claims = Jwts.parser()
                .setSigningKey("R7uLw2xQz9PcVb4NmKa8HsEt3YgJd6Fo".getBytes(StandardCharsets.UTF_8)) // expect: hardcoded-secret "`setSigningKey`"
                .build()
                .parseSignedClaims(token)
                .getPayload();
        return claims.getSubject();
    }
}
