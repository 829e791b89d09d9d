// Login and API-key handlers that look up the AppUser entity of another file but return records and a DTO class whose fields are named like tokens and secrets.
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

record LoginRequest(String username, String password) {
}

record LoginResponse(String accessToken, String refreshToken, long expiresInSeconds) {
}

record ApiKeyIssued(String keyId, String secret, Instant createdAt) {
}

class SessionInfo {

    private final String username;
    private final String csrfToken;

    SessionInfo(String username, String csrfToken) {
        this.username = username;
        this.csrfToken = csrfToken;
    }

    public String getUsername() { return username; }
    public String getCsrfToken() { return csrfToken; }
}

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AppUserRepository users;
    private final Sha256PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();

    AuthController(AppUserRepository users, Sha256PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @PostMapping("/login")
    public LoginResponse login(@RequestBody LoginRequest request) {
        AppUser user = users.findByUsername(request.username())
                .filter(u -> u.getPasswordHash().equals(hasher.hash(request.password())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        return new LoginResponse(randomValue(), randomValue() + "." + user.getId(), 900);
    }

    @PostMapping("/api-keys")
    public ResponseEntity<ApiKeyIssued> issueKey(@RequestHeader("X-Authenticated-User") String username) {
        users.findByUsername(username).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ApiKeyIssued(UUID.randomUUID().toString(), randomValue(), Instant.now()));
    }

    @GetMapping("/session")
    public SessionInfo session(@RequestHeader("X-Authenticated-User") String username) {
        return new SessionInfo(username, randomValue());
    }

    private String randomValue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
