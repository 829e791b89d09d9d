package nulls.case33;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TokenIntrospectionController {

    public record TokenHeader(String json) {
    }

    @GetMapping("/api/debug/token-header")
    public ResponseEntity<TokenHeader> header(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = BearerTokens.fromAuthorizationHeader(authorization);
        String[] segments = token.split("\\."); // deref
        if (segments.length != 3) {
            throw new BadCredentialsException("malformed token");
        }
        byte[] decoded = Base64.getUrlDecoder().decode(segments[0]);
        return ResponseEntity.ok(new TokenHeader(new String(decoded, StandardCharsets.UTF_8)));
    }
}
