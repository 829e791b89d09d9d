// A login controller whose secret-named constants hold header names, request parameter names, JSON field names, cookie names and property keys.
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoginController {

    public static final String TOKEN_HEADER = "Authorization";
    public static final String API_KEY_HEADER = "X-API-Key";
    static final String PASSWORD_PARAM = "password";
    static final String USERNAME_PARAM = "username";
    private static final String ACCESS_TOKEN_FIELD = "access_token";
    private static final String REFRESH_TOKEN_COOKIE = "refresh_token";
    private static final String CSRF_TOKEN_ATTRIBUTE = "_csrf";
    private static final String JWT_SECRET_PROPERTY = "app.jwt.secret";
    private static final String DB_PASSWORD_ENV = "DB_PASSWORD";

    private final Environment environment;
    private final CredentialChecker credentialChecker;

    public LoginController(Environment environment, CredentialChecker credentialChecker) {
        this.environment = environment;
        this.credentialChecker = credentialChecker;
    }

    @PostMapping("/api/login")
    public ResponseEntity<Map<String, String>> login(@RequestParam(USERNAME_PARAM) String username,
                                                     @RequestParam(PASSWORD_PARAM) String password,
                                                     @RequestHeader(value = API_KEY_HEADER, required = false) String apiKey,
                                                     HttpServletResponse response) {
        if (!credentialChecker.matches(username, password)) {
            return ResponseEntity.status(401).build();
        }
        String token = credentialChecker.issue(username, environment.getRequiredProperty(JWT_SECRET_PROPERTY));
        Cookie cookie = new Cookie(REFRESH_TOKEN_COOKIE, credentialChecker.refresh(username));
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        response.setHeader(TOKEN_HEADER, "Bearer " + token);
        return ResponseEntity.ok(Map.of(ACCESS_TOKEN_FIELD, token, "client", apiKey == null ? "web" : "api"));
    }

    boolean usesEnvPassword() {
        return System.getenv(DB_PASSWORD_ENV) != null && CSRF_TOKEN_ATTRIBUTE.startsWith("_");
    }
}

interface CredentialChecker {

    boolean matches(String username, String rawPassword);

    String issue(String username, String secret);

    String refresh(String username);
}
