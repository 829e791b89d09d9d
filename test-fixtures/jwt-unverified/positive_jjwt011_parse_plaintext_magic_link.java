// Uses the jjwt 0.11 API (Jwts.parserBuilder(), parsePlaintextJwt, getBody()): a magic-link login controller that takes the user id from an unsigned plaintext JWT.
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Header;
import io.jsonwebtoken.Jwts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MagicLinkLoginController {

    private final AppUserRepository users;

    MagicLinkLoginController(AppUserRepository users) {
        this.users = users;
    }

    @GetMapping("/login/magic")
    ResponseEntity<String> login(@RequestParam("t") String linkToken) {
        Jwt<Header, String> jwt = Jwts.parserBuilder().build().parsePlaintextJwt(linkToken); // expect: jwt-unverified "`parsePlaintextJwt`"
        return users.findByExternalId(jwt.getBody())
                .map(user -> ResponseEntity.ok("welcome " + user.getEmail()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
