// Account handlers returning the AppUser entity of another file, which serializes its passwordHash column (error naming the field).
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record RegistrationForm(String username, String email, String password) {
}

@Component
class Sha256PasswordHasher {

    String hash(String raw) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

@RestController
@RequestMapping("/api/users")
class UserAccountController {

    private final AppUserRepository users;
    private final Sha256PasswordHasher hasher;

    UserAccountController(AppUserRepository users, Sha256PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @GetMapping("/me")
    public AppUser currentUser(@RequestHeader("X-Authenticated-User") String username) { // expect: entity-in-response "`passwordHash`"
        return users.findByUsername(username).orElseThrow();
    }

    @GetMapping
    public List<AppUser> allUsers() { // expect: entity-in-response "`passwordHash`"
        return users.findAll();
    }

    @PostMapping
    public ResponseEntity<AppUser> register(@RequestBody RegistrationForm form) { // expect: entity-in-response "`passwordHash`"
        var user = new AppUser();
        user.setUsername(form.username());
        user.setEmail(form.email());
        user.setPasswordHash(hasher.hash(form.password()));
        return ResponseEntity.status(HttpStatus.CREATED).body(users.save(user));
    }

    @GetMapping("/count")
    public long countUsers() {
        return users.count();
    }
}
