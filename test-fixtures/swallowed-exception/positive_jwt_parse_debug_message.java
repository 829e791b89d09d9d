// A bearer-token inspector that logs only a debug message when Nimbus cannot parse the JWT.
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
class BearerTokenInspector {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenInspector.class);

    Optional<String> subjectOf(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.empty();
        }
        JWTClaimsSet claims = null;
        try {
            claims = SignedJWT.parse(header.substring(7)).getJWTClaimsSet();
        } catch (ParseException e) { // expect: swallowed-exception "ParseException"
            log.debug("Bearer token is not a signed JWT");
        }
        return Optional.ofNullable(claims).map(JWTClaimsSet::getSubject);
    }
}
