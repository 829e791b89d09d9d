// A Spring MVC WebRequestInterceptor that verifies the auth0 token with JWT.require(..).build().verify(token) and reads claims only from the verified result, plus the user entity and repository other files use.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.WebRequestInterceptor;
import org.springframework.web.server.ResponseStatusException;

@Entity
class AppUser {

    @Id
    @GeneratedValue
    private Long id;
    private String externalId;
    private String email;
    private boolean locked;

    protected AppUser() {
    }

    AppUser(String externalId, String email) {
        this.externalId = externalId;
        this.email = email;
    }

    Long getId() {
        return id;
    }

    String getExternalId() {
        return externalId;
    }

    String getEmail() {
        return email;
    }

    boolean isLocked() {
        return locked;
    }
}

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByExternalId(String externalId);
}

@Component
class VerifiedTokenInterceptor implements WebRequestInterceptor {

    private final Algorithm algorithm;
    private final AppUserRepository users;

    VerifiedTokenInterceptor(SigningKeyDirectory keys, AppUserRepository users) {
        this.algorithm = Algorithm.HMAC256(keys.hmacSecret("web"));
        this.users = users;
    }

    @Override
    public void preHandle(WebRequest request) {
        String token = BearerTokens.from(request.getHeader(HttpHeaders.AUTHORIZATION))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        DecodedJWT jwt;
        try {
            jwt = JWT.require(algorithm)
                    .withIssuer("https://auth.example.com")
                    .acceptLeeway(30)
                    .build()
                    .verify(token);
        } catch (JWTVerificationException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "invalid token", e);
        }
        AppUser user = users.findByExternalId(jwt.getSubject())
                .filter(u -> !u.isLocked())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        List<String> roles = jwt.getClaim("roles").asList(String.class);
        request.setAttribute(AuthenticatedPrincipal.REQUEST_ATTRIBUTE,
                new AuthenticatedPrincipal(user.getExternalId(), jwt.getClaim("tid").asString(), roles),
                RequestAttributes.SCOPE_REQUEST);
    }

    @Override
    public void postHandle(WebRequest request, ModelMap model) {
    }

    @Override
    public void afterCompletion(WebRequest request, Exception ex) {
    }

    boolean isStillValid(String token) {
        try {
            JWTVerifier verifier = JWT.require(algorithm).withIssuer("https://auth.example.com").build();
            verifier.verify(token);
            return true;
        } catch (JWTVerificationException e) {
            return false;
        }
    }
}
